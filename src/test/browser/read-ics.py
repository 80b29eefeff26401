"""Reads calendar files with python3-icalendar (Debian), an independent parser: prints one line per event,
UID SEQUENCE STATUS DTSTART(UTC) SUMMARY, so the Java test can compare with what cluster meant to write.
Usage: /usr/bin/python3 read-ics.py FILE..."""
import sys
from datetime import timezone
import icalendar

for name in sys.argv[1:]:
    with open(name, 'rb') as f:
        cal = icalendar.Calendar.from_ical(f.read())
    for e in cal.walk('VEVENT'):
        start = e.decoded('DTSTART')
        print(name, e['UID'], int(e.get('SEQUENCE', 0)), e['STATUS'],
              start.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%SZ'), e['SUMMARY'], sep='\t')
