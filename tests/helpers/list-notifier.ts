// The Notifier port as a list: tests read what the user would have been told, in order.
import type { NoticeKind, Notifier } from "../../src/core/ports";

export interface Notice {
	message: string;
	kind: NoticeKind;
}

export class ListNotifier implements Notifier {
	readonly notices: Notice[] = [];

	notify(message: string, kind: NoticeKind = "info"): void {
		this.notices.push({ message, kind });
	}

	/** The messages alone. */
	get messages(): string[] {
		return this.notices.map((n) => n.message);
	}

	clear(): void {
		this.notices.length = 0;
	}
}
