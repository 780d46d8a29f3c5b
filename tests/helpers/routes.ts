// The test host's own routing: the services' built-in addresses sent to the fakes on 127.0.0.1 (nothing in settings).
import type { Routes } from "../../src/node/routes";

/** Every Google address the plugin uses (sign-in, tokens, revoke, Gmail) → the fake Google. */
export function googleRoutes(url: string): Routes {
	return { "https://accounts.google.com": url, "https://oauth2.googleapis.com": url, "https://gmail.googleapis.com": url };
}

/** The social networks' built-in hosts → their fakes (Facebook and Instagram share the Meta fake). */
export function socialRoutes(f: { meta?: string; x?: string; linkedin?: string }): Routes {
	const r: Routes = {};
	if (f.meta) Object.assign(r, { "https://graph.facebook.com": f.meta, "https://graph.instagram.com": f.meta });
	if (f.x) r["https://api.x.com"] = f.x;
	if (f.linkedin) r["https://api.linkedin.com"] = f.linkedin;
	return r;
}

/**
 * WhatsApp's sending number on graph.facebook.com → the WhatsApp fake. Listed before socialRoutes' entry (the first
 * match wins), it takes only this number's paths, so the Meta fake keeps the rest of the Graph API.
 */
export function whatsappRoutes(url: string, phoneNumberId: string, version = "v26.0"): Routes {
	return { [`https://graph.facebook.com/${version}/${phoneNumberId}`]: `${url}/${version}/${phoneNumberId}` };
}
