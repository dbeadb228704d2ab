// The line of a JSON.parse error, for messages that say where a file is broken. V8 words it
// "… in JSON at position N (line L column C)" or, in older versions, "… at position N".

/** The line (1-based) of a character offset in `text`. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(Math.max(0, offset), text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Line of a JSON.parse error message about `text`, if the message says where. */
export function jsonErrorLine(text: string, message: string): number | undefined {
  const byLine = /line (\d+)/u.exec(message);
  if (byLine) return Number(byLine[1]);
  const byPosition = /position (\d+)/u.exec(message);
  return byPosition ? lineOfOffset(text, Number(byPosition[1])) : undefined;
}
