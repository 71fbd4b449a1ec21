/**
 * A strict little iCalendar reader for the tests (unit and e2e): it checks the RFC 5545
 * line structure (CRLF, 75-octet folding, balanced BEGIN/END) and returns the events with
 * their properties unescaped. Property names keep their parameters: `DTSTART;VALUE=DATE`.
 */
export interface ParsedCalendar {
  properties: Record<string, string>;
  events: Record<string, string>[];
  problems: string[];
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

export function parseIcs(text: string): ParsedCalendar {
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push('the file does not end with CRLF');
  const physical = text.split('\r\n').slice(0, -1);
  physical.forEach((line, i) => {
    if (line.includes('\n') || line.includes('\r')) problems.push(`line ${i + 1}: bare LF or CR`);
    const octets = new TextEncoder().encode(line).length;
    if (octets > 75) problems.push(`line ${i + 1}: ${octets} octets`);
  });
  const logical = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
  const properties: Record<string, string> = {};
  const events: Record<string, string>[] = [];
  const stack: string[] = [];
  let current: Record<string, string> | null = null;
  for (const line of logical) {
    const colon = line.indexOf(':');
    if (colon < 1) {
      problems.push(`not a content line: ${line}`);
      continue;
    }
    const name = line.slice(0, colon);
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') current = {};
    } else if (name === 'END') {
      if (stack.pop() !== value) problems.push(`END:${value} without its BEGIN`);
      if (value === 'VEVENT' && current) {
        events.push(current);
        current = null;
      }
    } else if (current) {
      if (name in current) problems.push(`${name} twice in an event`);
      current[name] = unescapeText(value);
    } else if (stack.at(-1) === 'VCALENDAR') properties[name] = unescapeText(value);
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(', ')}`);
  if (logical[0] !== 'BEGIN:VCALENDAR') problems.push('does not start with BEGIN:VCALENDAR');
  return { properties, events, problems };
}
