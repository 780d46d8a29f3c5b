// Settings rows for post drafts from business events: on/off, networks, weekday, time, and the time posts go out.
import { textAt, toggleAt, type Group } from "../settings-rows";
import { weekday } from "./weekday";

/** The group the settings tab shows; pass `draftsSettingsGroups` as an extra group source. */
export function draftsSettingsGroups(): Group[] {
	return [
		{
			heading: "Post drafts from business events",
			rows: [
				toggleAt("drafts.enabled", "Draft posts every week", "From finished projects, milestones, paid invoices and reached goals, using Post_Templates.md. Drafts always wait for your click."),
				{
					key: "drafts.networks",
					kind: "text",
					name: "Networks",
					desc: "Comma-separated: facebook, x, linkedin. One draft per network and event.",
					placeholder: () => "linkedin",
					get: (s) => s.drafts.networks.join(", "),
					set: (c, v) =>
						(c.drafts.networks = v
							.split(",")
							.map((x) => x.trim().toLowerCase())
							.filter((x) => x !== "")),
				},
				{
					key: "drafts.day",
					kind: "text",
					name: "Day",
					desc: "Weekday the drafts are written, e.g. Monday.",
					placeholder: () => "Monday",
					get: (s) => s.drafts.day.charAt(0).toUpperCase() + s.drafts.day.slice(1),
					set: (c, v) => (c.drafts.day = weekday(v)),
				},
				textAt("drafts.time", { name: "Time", desc: "Local time the drafts are written, 24-hour clock.", placeholder: () => "08:00" }),
				textAt("drafts.postTime", { name: "Posting time", desc: "Local time the drafted posts are scheduled for, one event a day from the next day.", placeholder: () => "10:00" }),
			],
		},
	];
}
