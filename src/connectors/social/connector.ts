// The social connector a host registers: one social.post and one social.reply that route to the networks set up.
import type { Connector } from "../../core/executor/connector";
import type { FacebookConfig } from "../facebook/config";
import { facebookPublisher } from "../facebook/publisher";
import type { InstagramConfig } from "../instagram/config";
import { instagramPublisher } from "../instagram/publisher";
import type { LinkedinConfig } from "../linkedin/config";
import { linkedinPublisher } from "../linkedin/publisher";
import type { XConfig } from "../x/config";
import { xPublisher } from "../x/publisher";
import { socialConnector } from "./handlers";
import type { SocialPublisher } from "./publisher";

/** Each network's current settings, or null while it is not set up (read on every call, so settings changes apply at once). */
export interface SocialConfigs {
	facebook?: () => FacebookConfig | null;
	instagram?: () => InstagramConfig | null;
	x?: () => XConfig | null;
	linkedin?: () => LinkedinConfig | null;
}

export function createSocialConnector(configs: SocialConfigs, now: () => number): Connector {
	const publishers: SocialPublisher[] = [];
	if (configs.facebook) publishers.push(facebookPublisher(configs.facebook));
	if (configs.instagram) publishers.push(instagramPublisher(configs.instagram));
	if (configs.x) publishers.push(xPublisher(configs.x));
	if (configs.linkedin) publishers.push(linkedinPublisher(configs.linkedin));
	return socialConnector({ publishers, now });
}
