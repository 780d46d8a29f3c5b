// Writes an outgoing email as RFC 822 (UTF-8, base64 body, encoded subject), with the headers that thread a reply.
import { encodeBase64 } from "./mime/bytes";

export interface Outgoing {
	to: string[];
	cc?: string[];
	subject: string;
	body: string;
	/** The Message-ID being answered; sets In-Reply-To and References so mail readers thread it. */
	inReplyTo?: string;
}

function encodeWord(s: string): string {
	return /^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${encodeBase64(new TextEncoder().encode(s))}?=`;
}

export function composeEmail(m: Outgoing): string {
	const lines = [`To: ${m.to.join(", ")}`];
	if (m.cc && m.cc.length > 0) lines.push(`Cc: ${m.cc.join(", ")}`);
	lines.push(`Subject: ${encodeWord(m.subject)}`);
	if (m.inReplyTo) lines.push(`In-Reply-To: ${m.inReplyTo}`, `References: ${m.inReplyTo}`);
	lines.push("MIME-Version: 1.0", 'Content-Type: text/plain; charset="UTF-8"', "Content-Transfer-Encoding: base64");
	const body = encodeBase64(new TextEncoder().encode(m.body.replace(/\r?\n/g, "\r\n")));
	return `${lines.join("\r\n")}\r\n\r\n${body.replace(/.{76}/g, "$&\r\n")}\r\n`;
}
