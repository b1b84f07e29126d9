/** Lines for JSON Pointers and syntax errors, so every problem in a policy file can name its line. */
import { formatProblem, JsonText, parsePointer } from '../../src/policy/json-locations';

const text = `{
  "name": "x",
  "rules": [
    {
      "event": { "type": "set-payment-term", "params": { "days": 900 } }
    },
    {
      "a/b": { "c~d": 1 }
    }
  ]
}
`;

describe('JsonText', () => {
  const json = new JsonText(text);

  it('parses valid JSON like JSON.parse', () => {
    expect(json.syntaxErrors).toEqual([]);
    expect(json.value).toEqual(JSON.parse(text));
  });

  it.each([
    ['/', 1],
    ['/name', 2],
    ['/rules', 3],
    ['/rules/0', 4],
    ['/rules/0/event/params/days', 5],
    ['/rules/1/a~1b/c~0d', 8],
    // Missing values: the nearest enclosing value that exists.
    ['/rules/0/description', 4],
    ['/rules/7/name', 3],
    ['/version', 1],
  ])('puts %s on line %i', (pointer, line) => {
    expect(json.lineOf(pointer)).toBe(line);
  });

  it.each([
    ['{\n  "a": 1\n  "b": 2\n}', 3, 'a comma was expected'],
    ['{\n  "a": [1, 2,]\n}', 2, 'a comma after the last item (remove it)'],
    ['{\n  "a": 1,\n}\n', 2, 'a comma after the last item (remove it)'],
    ['{\n  // no comments\n  "a": 1\n}', 2, 'comments are not allowed in JSON'],
    ['{\n  "a": \'x\'\n}', 2, 'unexpected character'],
    ['{ "a": 1 ', 1, 'a closing } was expected'],
    ['', 1, 'a value was expected'],
  ])('reports the line of a syntax error: %j', (bad, line, reason) => {
    const broken = new JsonText(bad);
    expect(broken.value).toBeUndefined();
    expect(broken.syntaxErrors[0]).toMatchObject({ line, reason });
  });

  it('finds keys that appear twice in one object, which JSON.parse would silently drop', () => {
    expect(new JsonText('{\n  "a": 1,\n  "b": { "c": 1,\n    "c": 2 },\n  "a": 3\n}').duplicateKeys).toEqual([
      { pointer: '/b/c', line: 4 },
      { pointer: '/a', line: 5 },
    ]);
  });

  it('formats a located problem as file:line /path: reason', () => {
    expect(formatProblem(json.locate('rules/payment-terms.json', '/rules/0/event/params/days', 'must be <= 365 (got 900)'))).toBe(
      'rules/payment-terms.json:5 /rules/0/event/params/days: must be <= 365 (got 900)',
    );
    expect(formatProblem({ file: 'rules', pointer: '/', reason: 'no such folder' })).toBe('rules /: no such folder');
  });

  it('unescapes JSON Pointer segments', () => {
    expect(parsePointer('/a~1b/c~0d/0')).toEqual(['a/b', 'c~d', '0']);
    expect(parsePointer('/')).toEqual([]);
  });
});
