/**
 * `value` with thousands separators, as `value.toLocaleString("en-US")` writes it. Integers are
 * grouped here: the first toLocaleString of a process loads ICU's number formatting, which costs an
 * action ~13 ms of its start for a comma.
 */
export function thousands(value: number): string {
  if (!Number.isSafeInteger(value) || Object.is(value, -0)) return value.toLocaleString("en-US");
  const digits = String(Math.abs(value));
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return `${value < 0 ? "-" : ""}${groups.join(",")}`;
}
