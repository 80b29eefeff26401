/**
 * What the template views of the agenda, the minutes draft and the report share: one action's
 * variables. It depends on the model only.
 */
package dev.cluster.view;
