// A small XML-RPC codec (call encoder, response decoder): Odoo's subset, no sockets, so the host's HttpClient carries it.
// Written here rather than bundling the `xmlrpc` package, whose parser drags sax, xmlbuilder and Node streams into main.js.

export type XmlRpcValue = number | boolean | string | null | XmlRpcValue[] | { [key: string]: XmlRpcValue };

/** A `<fault>` answer: Odoo's faultCode (1 traceback, 2 user error, 3 access denied, 4 access error) and faultString. */
export class XmlRpcFault extends Error {
	constructor(
		readonly faultCode: number,
		readonly faultString: string,
	) {
		super(`XML-RPC fault ${faultCode}: ${faultString}`);
		this.name = "XmlRpcFault";
	}
}

/** The answer was not XML-RPC at all (an HTML page, a truncated body…). */
export class XmlRpcMalformed extends Error {
	constructor(message: string) {
		super(message);
		this.name = "XmlRpcMalformed";
	}
}

function escapeText(s: string): string {
	return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function encodeValue(v: unknown): string {
	if (v === null || v === undefined) return "<value><nil/></value>";
	if (typeof v === "boolean") return `<value><boolean>${v ? 1 : 0}</boolean></value>`;
	if (typeof v === "number") {
		if (!Number.isFinite(v)) throw new TypeError(`cannot send ${v} over XML-RPC`);
		// Odoo's ids and counts are ints; anything else (prices, quantities) must arrive as a Python float.
		return Number.isInteger(v) && Math.abs(v) < 2 ** 31 ? `<value><int>${v}</int></value>` : `<value><double>${v}</double></value>`;
	}
	if (typeof v === "string") return `<value><string>${escapeText(v)}</string></value>`;
	if (Array.isArray(v)) return `<value><array><data>${v.map(encodeValue).join("")}</data></array></value>`;
	if (typeof v === "object") {
		const members = Object.entries(v as Record<string, unknown>)
			.filter(([, x]) => x !== undefined)
			.map(([k, x]) => `<member><name>${escapeText(k)}</name>${encodeValue(x)}</member>`)
			.join("");
		return `<value><struct>${members}</struct></value>`;
	}
	throw new TypeError(`cannot send a ${typeof v} over XML-RPC`);
}

/** The body of a `methodCall`. Doubles keep a decimal point only when needed; Python reads `<double>150</double>` fine. */
export function encodeMethodCall(method: string, params: unknown[]): string {
	return `<?xml version="1.0"?><methodCall><methodName>${escapeText(method)}</methodName><params>${params
		.map((p) => `<param>${encodeValue(p)}</param>`)
		.join("")}</params></methodCall>`;
}

// ---- decoding: a tokenizer over tags and text, then a recursive reader of <value> ----

type Token = { tag: string; close: boolean; selfClose: boolean } | { text: string };

function decodeEntities(s: string): string {
	return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_, e: string) => {
		if (e === "lt") return "<";
		if (e === "gt") return ">";
		if (e === "amp") return "&";
		if (e === "quot") return '"';
		if (e === "apos") return "'";
		return String.fromCodePoint(e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
	});
}

/** A `<![CDATA[…]]>`, `<?…?>` or `<!…>` at `lt`: its text (CDATA only) and where reading goes on. */
function special(xml: string, lt: number): { text?: string; next: number } | null {
	if (xml.startsWith("<![CDATA[", lt)) {
		const end = xml.indexOf("]]>", lt);
		if (end < 0) throw new XmlRpcMalformed("unterminated CDATA");
		return { text: xml.slice(lt + 9, end), next: end + 3 };
	}
	if (xml.startsWith("<?", lt) || xml.startsWith("<!", lt)) {
		const end = xml.indexOf(">", lt);
		if (end < 0) throw new XmlRpcMalformed("unterminated declaration");
		return { next: end + 1 };
	}
	return null;
}

/** The tag between `<` and `>`: its name, and whether it closes or closes itself. */
function tagToken(inner: string): Token {
	let name = inner.trim();
	const close = name.startsWith("/");
	const selfClose = name.endsWith("/");
	if (close) name = name.slice(1);
	if (selfClose) name = name.slice(0, -1);
	return { tag: name.split(/\s/)[0] ?? "", close, selfClose };
}

function tokenize(xml: string): Token[] {
	const tokens: Token[] = [];
	let i = 0;
	while (i < xml.length) {
		const lt = xml.indexOf("<", i);
		if (lt < 0) {
			tokens.push({ text: decodeEntities(xml.slice(i)) });
			break;
		}
		if (lt > i) tokens.push({ text: decodeEntities(xml.slice(i, lt)) });
		const sp = special(xml, lt);
		if (sp) {
			if (sp.text !== undefined) tokens.push({ text: sp.text });
			i = sp.next;
			continue;
		}
		const gt = xml.indexOf(">", lt);
		if (gt < 0) throw new XmlRpcMalformed("unterminated tag");
		tokens.push(tagToken(xml.slice(lt + 1, gt)));
		i = gt + 1;
	}
	return tokens;
}

/**
 * Each struct member is defined as an own property, never assigned: a member named `__proto__`, `constructor` or
 * `prototype` (a hostile or broken server) stays plain data and never changes the object's (or Object's) prototype.
 */
function setMember(obj: Record<string, XmlRpcValue>, name: string, value: XmlRpcValue): void {
	Object.defineProperty(obj, name, { value, enumerable: true, writable: true, configurable: true });
}

class Reader {
	private pos = 0;
	constructor(private readonly tokens: Token[]) {}

	/** Skips whitespace-only text between tags. */
	private skipBlank(): void {
		for (;;) {
			const t = this.tokens[this.pos];
			if (t && "text" in t && t.text.trim() === "") this.pos++;
			else return;
		}
	}

	peekTag(): { tag: string; close: boolean; selfClose: boolean } | null {
		this.skipBlank();
		const t = this.tokens[this.pos];
		return t && "tag" in t ? t : null;
	}

	open(tag: string): boolean {
		const t = this.peekTag();
		if (!t || t.close || t.tag !== tag) throw new XmlRpcMalformed(`expected <${tag}>, found ${t ? `<${t.close ? "/" : ""}${t.tag}>` : "text or end"}`);
		this.pos++;
		return t.selfClose;
	}

	close(tag: string): void {
		const t = this.peekTag();
		if (!t || !t.close || t.tag !== tag) throw new XmlRpcMalformed(`expected </${tag}>`);
		this.pos++;
	}

	/** The text up to the closing tag (empty for `<string></string>`). */
	text(tag: string): string {
		let out = "";
		for (;;) {
			const t = this.tokens[this.pos];
			if (!t) throw new XmlRpcMalformed(`unterminated <${tag}>`);
			if ("text" in t) {
				out += t.text;
				this.pos++;
			} else break;
		}
		this.close(tag);
		return out;
	}

	value(): XmlRpcValue {
		if (this.open("value")) return "";
		const untyped = this.untypedText();
		if (untyped !== null) return untyped;
		const t = this.peekTag();
		if (t && t.close && t.tag === "value") {
			this.pos++;
			return "";
		}
		if (!t) throw new XmlRpcMalformed("empty value");
		const v = this.typed(t.tag, this.open(t.tag));
		this.close("value");
		return v;
	}

	/** A bare `<value>text</value>` is a string (the XML-RPC default type); null when a typed value follows. */
	private untypedText(): string | null {
		const first = this.tokens[this.pos];
		if (!first || !("text" in first)) return null;
		const next = this.tokens[this.pos + 1];
		if (first.text.trim() !== "" || (next && "tag" in next && next.close && next.tag === "value")) return this.text("value");
		return null;
	}

	/** The value inside `<tag>` (already opened), up to and including `</tag>`. */
	private typed(tag: string, selfClose: boolean): XmlRpcValue {
		switch (tag) {
			case "nil":
				if (!selfClose) this.close("nil");
				return null;
			case "string":
				return selfClose ? "" : this.text("string");
			case "int":
			case "i4":
			case "i8":
				return parseInt(this.text(tag).trim(), 10);
			case "double":
				return parseFloat(this.text("double").trim());
			case "boolean":
				return this.text("boolean").trim() === "1";
			case "dateTime.iso8601":
			case "base64":
				return this.text(tag).trim();
			case "array":
				return selfClose ? [] : this.array();
			case "struct":
				return selfClose ? {} : this.struct();
			default:
				throw new XmlRpcMalformed(`unknown XML-RPC type <${tag}>`);
		}
	}

	private array(): XmlRpcValue[] {
		const items: XmlRpcValue[] = [];
		if (!this.open("data")) {
			while (this.peekTag()?.tag === "value" && !this.peekTag()?.close) items.push(this.value());
			this.close("data");
		}
		this.close("array");
		return items;
	}

	private struct(): Record<string, XmlRpcValue> {
		const obj: Record<string, XmlRpcValue> = {};
		while (this.peekTag()?.tag === "member" && !this.peekTag()?.close) {
			this.open("member");
			this.open("name");
			const name = this.text("name");
			setMember(obj, name, this.value());
			this.close("member");
		}
		this.close("struct");
		return obj;
	}
}

/** Decodes a `methodResponse`: the value, or throws XmlRpcFault / XmlRpcMalformed. */
export function decodeMethodResponse(xml: string): XmlRpcValue {
	if (!/<methodResponse[\s>]/.test(xml)) throw new XmlRpcMalformed("the answer is not an XML-RPC methodResponse");
	const r = new Reader(tokenize(xml));
	r.open("methodResponse");
	const next = r.peekTag();
	if (next?.tag === "fault") {
		r.open("fault");
		const f = r.value();
		const code = typeof f === "object" && f !== null && !Array.isArray(f) ? f.faultCode : undefined;
		const str = typeof f === "object" && f !== null && !Array.isArray(f) ? f.faultString : undefined;
		throw new XmlRpcFault(typeof code === "number" ? code : 1, typeof str === "string" ? str : "unknown fault");
	}
	r.open("params");
	r.open("param");
	const v = r.value();
	r.close("param");
	r.close("params");
	r.close("methodResponse");
	return v;
}

/** The body of a successful `methodResponse`: how a dry-run write is answered without reaching Odoo. */
export function encodeMethodResponse(value: unknown): string {
	return `<?xml version="1.0"?><methodResponse><params><param>${encodeValue(value)}</param></params></methodResponse>`;
}
