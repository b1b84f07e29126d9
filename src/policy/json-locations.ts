/**
 * Where things are in a JSON text: strict parsing that reports the line of a syntax error, and the
 * line of the value a JSON Pointer (RFC 6901) names, so that every problem in a policy file can be
 * reported as `rules/payment-terms.json:14 /rules/2/event/params/days: must be <= 365 (got 900)`.
 */
import { type Node, type ParseError, ParseErrorCode, parseTree, printParseErrorCode } from 'jsonc-parser';

/** One problem with a file: the JSON Pointer it is about, the reason, and the line when known. */
export interface LocatedProblem {
  file: string;
  /** 1-based; undefined when the text is not at hand. */
  line?: number;
  /** JSON Pointer, "/" for the whole file. */
  pointer: string;
  reason: string;
}

/** `file:line /pointer: reason` (or `file /pointer: reason` without a line). */
export function formatProblem(problem: LocatedProblem): string {
  return `${problem.file}${problem.line !== undefined ? `:${problem.line}` : ''} ${problem.pointer}: ${problem.reason}`;
}

/** Splits "/rules/2/name: reason" (the form checkPolicyFile returns) into pointer and reason. */
export function splitProblem(problem: string): { pointer: string; reason: string } {
  const at = problem.indexOf(': ');
  return at < 0 ? { pointer: '/', reason: problem } : { pointer: problem.slice(0, at), reason: problem.slice(at + 2) };
}

const SYNTAX_ERRORS: Partial<Record<ParseErrorCode, string>> = {
  [ParseErrorCode.InvalidSymbol]: 'unexpected character',
  [ParseErrorCode.InvalidNumberFormat]: 'invalid number',
  [ParseErrorCode.PropertyNameExpected]: 'a property name in double quotes was expected',
  [ParseErrorCode.ValueExpected]: 'a value was expected',
  [ParseErrorCode.ColonExpected]: 'a colon was expected',
  [ParseErrorCode.CommaExpected]: 'a comma was expected',
  [ParseErrorCode.CloseBraceExpected]: 'a closing } was expected',
  [ParseErrorCode.CloseBracketExpected]: 'a closing ] was expected',
  [ParseErrorCode.EndOfFileExpected]: 'the file should end here',
  [ParseErrorCode.InvalidCommentToken]: 'comments are not allowed in JSON',
  [ParseErrorCode.UnexpectedEndOfComment]: 'unterminated comment',
  [ParseErrorCode.UnexpectedEndOfString]: 'unterminated string',
  [ParseErrorCode.UnexpectedEndOfNumber]: 'unterminated number',
  [ParseErrorCode.InvalidUnicode]: 'invalid \\u escape',
  [ParseErrorCode.InvalidEscapeCharacter]: 'invalid escape character',
  [ParseErrorCode.InvalidCharacter]: 'invalid character in a string (control characters must be escaped)',
};

export class JsonText {
  /** The parsed value; undefined when the text is not valid JSON. */
  readonly value: unknown;
  /** Syntax errors, first one first; empty when the text is valid JSON. */
  readonly syntaxErrors: Array<{ line: number; column: number; reason: string }> = [];
  /** Keys that appear twice in one object (JSON.parse silently keeps the last one). */
  readonly duplicateKeys: Array<{ pointer: string; line: number }> = [];
  private readonly tree: Node | undefined;
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    const errors: ParseError[] = [];
    this.tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    for (const error of errors) {
      const trailingComma = this.trailingCommaBefore(error);
      const { line, column } = this.position(trailingComma ?? error.offset);
      const reason =
        trailingComma !== undefined
          ? 'a comma after the last item (remove it)'
          : (SYNTAX_ERRORS[error.error] ?? `syntax error (${printParseErrorCode(error.error)})`);
      this.syntaxErrors.push({ line, column, reason });
    }
    if (this.syntaxErrors.length > 0) return;
    try {
      this.value = JSON.parse(text);
    } catch (error) {
      // The tolerant parser accepted what JSON.parse does not: report JSON.parse's reason.
      const message = (error as Error).message;
      const position = /position (\d+)/.exec(message);
      const { line, column } = this.position(position ? Number(position[1]) : 0);
      this.syntaxErrors.push({ line, column, reason: message });
      return;
    }
    if (this.tree) this.findDuplicateKeys(this.tree, '');
  }

  /** The offset of a comma just before a closing } or ] that the parser stumbled on. */
  private trailingCommaBefore(error: ParseError): number | undefined {
    if (error.error !== ParseErrorCode.PropertyNameExpected && error.error !== ParseErrorCode.ValueExpected) return undefined;
    if (this.text[error.offset] !== '}' && this.text[error.offset] !== ']') return undefined;
    let at = error.offset - 1;
    while (at >= 0 && /\s/.test(this.text[at])) at--;
    return this.text[at] === ',' ? at : undefined;
  }

  /** 1-based line and column of a character offset. */
  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low] + 1 };
  }

  /**
   * The line of the value a JSON Pointer names. When that value does not exist (a required property
   * that is missing), the line of the nearest enclosing value that does.
   */
  lineOf(pointer: string): number | undefined {
    if (!this.tree) return undefined;
    let node = this.tree;
    for (const segment of parsePointer(pointer)) {
      const child = childOf(node, segment);
      if (!child) break;
      node = child;
    }
    // For a property value, report the line of its key: that is where a person looks.
    const offset = node.parent?.type === 'property' ? node.parent.offset : node.offset;
    return this.position(offset).line;
  }

  /** A LocatedProblem for this text. */
  locate(file: string, pointer: string, reason: string): LocatedProblem {
    return { file, line: this.lineOf(pointer), pointer, reason };
  }

  private findDuplicateKeys(node: Node, at: string): void {
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (!key || typeof key.value !== 'string') continue;
        const pointer = `${at}/${escapeSegment(key.value)}`;
        if (seen.has(key.value)) this.duplicateKeys.push({ pointer, line: this.position(key.offset).line });
        seen.add(key.value);
        if (value) this.findDuplicateKeys(value, pointer);
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((child, index) => this.findDuplicateKeys(child, `${at}/${index}`));
    }
  }
}

/** "/rules/2/name" -> ["rules", "2", "name"] (unescaped). */
export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function childOf(node: Node, segment: string): Node | undefined {
  if (node.type === 'array') return /^(0|[1-9]\d*)$/.test(segment) ? node.children?.[Number(segment)] : undefined;
  if (node.type !== 'object') return undefined;
  const property = node.children?.find((candidate) => candidate.children?.[0]?.value === segment);
  return property?.children?.[1];
}

function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
