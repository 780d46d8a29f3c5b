// Which texts of a request leave the business: the handler says (outgoingTexts), else its description's text.
import type { ActionHandler } from "../executor/connector";

/**
 * A handler that knows its wire lists every text it sends (post + thread, subject + body, invoice lines). One that
 * does not is still guarded on the text its card previews (the summary is left out: it names the recipient).
 */
export function outgoingTexts(handler: ActionHandler<unknown>, params: unknown): string[] {
	if (handler.outgoingTexts) return handler.outgoingTexts(params).filter((t) => t.trim() !== "");
	const text = handler.describe(params).text;
	return text !== undefined && text.trim() !== "" ? [text] : [];
}
