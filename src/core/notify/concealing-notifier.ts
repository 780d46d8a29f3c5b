// The last step before a notice is shown: any secret in its text (a key format, or a secret this host holds) is
// replaced by its kind, whatever part of the plugin wrote the message.
import { concealText } from "../guard/conceal";
import type { SecretValue } from "../guard/types";
import type { NoticeKind, Notifier } from "../ports";

export class ConcealingNotifier implements Notifier {
	constructor(
		private readonly inner: Notifier,
		private readonly secretValues: () => readonly SecretValue[],
	) {}

	notify(message: string, kind?: NoticeKind): void {
		this.inner.notify(concealText(message, this.secretValues()), kind);
	}
}
