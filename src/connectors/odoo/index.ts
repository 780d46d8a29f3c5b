// The Odoo connector as the host registers it: three actions over one client, plus what settings and the audit use.
import type { ActionHandler, Connector } from "../../core/executor/connector";
import { createInvoiceHandler, type OdooConfigSource } from "./create-invoice";
import type { OdooConfig } from "./config";
import { postInvoiceHandler } from "./post-invoice";
import { registerPaymentHandler } from "./register-payment";

export function createOdooConnector(getConfig: OdooConfigSource, previewConfig?: () => OdooConfig): Connector {
	return {
		id: "odoo",
		// zod schema types are invariant in their output, so typed handlers only fit the registry's erased slot by a cast.
		handlers: [createInvoiceHandler(getConfig, previewConfig), postInvoiceHandler(getConfig, previewConfig), registerPaymentHandler(getConfig, previewConfig)] as unknown as ActionHandler<never>[],
	};
}

export { OdooClient, type ConnectionReport } from "./client";
export { ODOO_API_KEY_SECRET, odooConfigFrom, odooPreviewConfig, odooSettingsDefaults, odooSettingsSchema, type OdooConfig, type OdooSettings } from "./config";
export { createInvoiceHandler, type CounterpartyAwareHandler, type OdooConfigSource } from "./create-invoice";
export { lookupPartner } from "./lookups";
export { readWeeklyAudit, type AuditFigures } from "./audit-reads";
