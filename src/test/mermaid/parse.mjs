import { JSDOM } from 'jsdom';
const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window; globalThis.document = dom.window.document;
for (const k of ['DOMParser','Element','HTMLElement','Node','navigator']) { try { if (!(k in globalThis)) globalThis[k] = dom.window[k]; } catch (e) {} }
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });
import fs from 'fs';
const inputs = JSON.parse(fs.readFileSync(0, 'utf8'));
const out = [];
for (const text of inputs) {
  try {
    await mermaid.parse(text);
    const diag = await mermaid.mermaidAPI.getDiagramFromText(text);
    const db = diag.db;
    const tasks = db.getTasks().map(t => ({ section: t.section, task: t.task }));
    out.push({ ok: true, tasks, title: db.getDiagramTitle ? db.getDiagramTitle() : null });
  } catch (e) { out.push({ ok: false, error: String(e.message || e).split('\n')[0] }); }
}
console.log(JSON.stringify(out));
