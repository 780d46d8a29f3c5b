// Table words as pattern text for a line of mail: a space is any run of blanks on the line, and an apostrophe is
// either the straight or the curly one. The longest word is tried first, so "address the invoice to" wins over
// "address it to" where both would match.

/** One table word, its pattern characters escaped. */
export const phraseEscape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[ \\t]+").replace(/'/g, "['’]");

/** Table words as one alternation, longest first, each once. */
export const phraseAlt = (words: string[]): string => [...new Set(words)].sort((a, b) => b.length - a.length).map(phraseEscape).join("|");
