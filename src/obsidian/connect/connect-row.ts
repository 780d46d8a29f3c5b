// The first row of each connector's settings group: opens its guided Connect dialog.
import type { PluginContext } from "../plugin-context";
import type { Row } from "../settings-rows";
import type { ConnectGuide } from "./guide";
import { ConnectModal } from "./connect-modal";

export function connectRow(plugin: PluginContext, service: string, guide: (plugin: PluginContext) => ConnectGuide, redraw: () => void): Row {
	return {
		key: `connect.${service.toLowerCase()}`,
		kind: "custom",
		name: `Connect ${service}`,
		desc: "Step by step: what you need, where to get it, the permissions to grant, then a test.",
		render: (setting) => {
			setting.addButton((b) =>
				b
					.setButtonText("Connect")
					.setCta()
					.onClick(() => {
						new ConnectModal(plugin.app, guide(plugin), redraw).open();
					}),
			);
		},
	};
}
