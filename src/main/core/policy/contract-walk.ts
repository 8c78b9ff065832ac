import type { ChannelDef } from '../../../shared/contract';
import { fallbackClass, leafClasses, unclassifiedLeaves } from './schema-classes';

/**
 * What the contract walk refuses in a channel's declaration: no output schema, no bad-input
 * examples, an output field with no data class in a channel that touches anything beyond ordinary
 * data, or a field of a class the channel does not declare.
 */
export function policyProblems(channel: ChannelDef): string[] {
  const problems: string[] = [];
  if (!channel.outputSchema) problems.push('has no output schema');
  if (!channel.examples || channel.examples.invalid.length === 0) problems.push('has no bad-input examples');
  if (!channel.outputSchema) return problems;
  // A channel that declares no class gets no fallback: every field it returns must be classed.
  const fallback = fallbackClass(channel.classes);
  for (const path of unclassifiedLeaves(channel.outputSchema, fallback))
    problems.push(`output field ${path} has no data class`);
  for (const cls of leafClasses(channel.outputSchema, fallback))
    if (!channel.classes.includes(cls)) problems.push(`returns ${cls} data but does not declare that class`);
  return problems;
}
