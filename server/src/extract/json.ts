// A reference set as JSON for people to review: two-space indentation like the built-in set, with short arrays
// of plain values (aliases, mentions, triggers) kept on one line.
import type { ReferenceSet } from '../reference/types';

const ONE_LINE_LIMIT = 120;

export function formatReferenceJson(set: ReferenceSet): string {
  return `${format(set, '')}\n`;
}

function format(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inner = indent + '  ';
    if (value.every((v) => v === null || typeof v !== 'object')) {
      const line = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
      if (line.length + indent.length <= ONE_LINE_LIMIT || value.every((v) => typeof v === 'number')) return line;
    }
    return `[\n${value.map((v) => inner + format(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const inner = indent + '  ';
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${format(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}
