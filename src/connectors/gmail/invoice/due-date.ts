// A due date announced in the words people use beyond "due by": "we'd need it paid by December 15, 2026", "mit
// Fälligkeit zum 11. Dezember", "con vencimiento el 20 de diciembre", "date d'échéance : 18 décembre", "pagar até 10 de
// dezembro", "scade il 15 dicembre", "betaald vóór 12 december". A table by language; each row's examples run as tests
// (tests/connectors/gmail/due-date.test.ts). The date must follow the words at once (maybe after "on"/"the"), so "paid
// by card on 15 November" gives no due date. How the customer pays may stand between the words and the date ("by bank
// transfer until 10 December", "con bonifico entro il 15/12"): such rows name the means, never a bare "until".
import { MONTHS } from "./lexicon";
import { sentences } from "./requests";

export interface DueRow {
	lang: string;
	/** Words right before the due date. */
	before: string[];
	/** A text and the due date it gives (read on 2026-11-26). */
	examples: [text: string, date: string][];
	/** Texts with such words but no due date. */
	ignores: string[];
	/** Words around the date when it comes before the words that make it due ("state 15 December 2026 as the due date",
	 * "uiterlijk op 31 december betaald te zijn"): [before ("" for none), after]. */
	around?: [before: string, after: string][];
	/** A payment that must happen by a date, said as a clause of its own ("le règlement devra donc intervenir avant le
	 * 15 décembre", "payment must reach us by …", "el pago debe hacerse antes del …"): the word for payment, a verb of
	 * must (maybe with "therefore"), how it happens, then the word right before the date — each part any of its words. */
	must?: MustPay;
}

export interface MustPay {
	subjects: string[];
	modals: string[];
	verbs: string[];
	preps: string[];
}

export const DUE_PHRASES: DueRow[] = [
	{
		lang: "en",
		before: ["paid by", "paid no later than", "payment deadline", "deadline for payment", "payment deadline is", "pay before", "make the due date", "due date to", "due date please", "due date pls", "due date on", "settled by", "settled before", "pay it by", "payment no later than", "due date of", "due date is", "due date", "a due date of", "make it due", "set it due", "falls due on", "payment will be at", "payment will be on", "payment will be by", "payment will be made on", "payment will be made by", "we will pay on", "we will pay by", "we'll pay on", "we'll pay by", "by bank transfer until", "by bank transfer by", "by bank transfer before", "by transfer until", "by transfer by", "by wire transfer by", "by wire transfer until", "by wire transfer before"],
		examples: [
			["We'd need it paid by December 15, 2026 for our year-end close.", "2026-12-15"],
			["Please put a due date of 20 December on it.", "2026-12-20"],
			["It has to be settled by 2026-12-18 at the latest.", "2026-12-18"],
			["Payment deadline: 20/12/2026.", "2026-12-20"],
			["Could you make the due date 15 December?", "2026-12-15"],
			// A polite word between the label and the date, as a second-language writer may put it.
			["Due date please 15.12.2026, we pay always on 15th.", "2026-12-15"],
			// When the customer will pay, with the exact day in brackets after a month's end, written year first as
			// Japan and China write it.
			["Payment will be at end of December (2026/12/31) by bank transfer.", "2026-12-31"],
			["We will pay on 2026/12/15.", "2026-12-15"],
			// A line wrapped by the sender's mail client between the words and the date.
			["We would appreciate it if the due date is\n10 December 2026, since our committee meets on the 9th.", "2026-12-10"],
			["Could you make the due date\nDecember 18, 2026?", "2026-12-18"],
			// When and how the customer will pay, the means between the words and the date: "until" as many write it.
			["The payment I will do by bank transfer until 10 December.", "2026-12-10"],
			["We'll settle it by wire transfer by 12/18/2026.", "2026-12-18"],
			["We pay by transfer until 14.12.2026, as always.", "2026-12-14"],
			// The date first, then the words that make it the due date.
			["Please state 15 December 2026 as the due date on the invoice.", "2026-12-15"],
			["Could you put 18/12/2026 as due date?", "2026-12-18"],
			["Kindly set December 20, 2026 as the payment due date.", "2026-12-20"],
		],
		around: [["", "as the due date"], ["", "as due date"], ["", "as the payment due date"], ["", "as the payment date"]],
		ignores: ["Please state 15 December 2026 as the delivery date.", "We paid by card on 15 November.", "It gets paid by\n\n15 people on our team.", "It gets paid by our head office.", "The due date is up to you.", "Payment will be made on receipt of the invoice.", "We paid by bank transfer on 15 November.", "We can't pay until 15 December."],
	},
	// A polite word and a verb between the label and the date, as a second-language writer puts it ("Due date please put
	// 20.11.2026"), and when payment will be made at a month's end with the exact day in brackets, written as Japan and
	// China write it (2026年12月31日): the words name the date the payment is due.
	{
		lang: "en",
		before: ["due date please put", "due date please set", "due date please write", "due date please make", "due date please use", "due date pls put", "due date kindly put", "due date put", "due date should be", "due date will be", "due date can be", "due date must be", "payment will be made at", "payment will be done at", "payment will be done by", "payment will be done on", "we will pay at", "we'll pay at", "payment will be done on or before", "payment will be made on or before", "payment on or before", "paid on or before", "pay on or before", "we will pay on or before", "we'll pay on or before", "settled on or before", "payable on or before", "due on or before", "payment date on or before"],
		examples: [
			["Due date please put 15.12.2026 as in our agreement.", "2026-12-15"],
			["Due date please set 18/12/2026, thank you.", "2026-12-18"],
			["The due date should be 20 December 2026.", "2026-12-20"],
			["Payment will be made at end of next month (2026年12月31日).", "2026-12-31"],
			["We will pay at the end of this month (2026/11/30).", "2026-11-30"],
			["Payment will be done by 2026年12月15日 via bank transfer.", "2026-12-15"],
			["Payment will be done by 12月18日, thank you.", "2026-12-18"],
			["Payment will be made at end of next month (2026년 12월 31일).", "2026-12-31"],
			// "On or before" the date, as Indian and East African business English writes it.
			["Payment will be done on or before 10th December 2026, please put same as due date.", "2026-12-10"],
			["The invoice should be payable on or before 18 December 2026.", "2026-12-18"],
			["We will pay on or before 12/15/2026.", "2026-12-15"],
			["Kindly ensure payment date on or before 20/12/2026 is mentioned as due date.", "2026-12-20"],
		],
		ignores: ["Files to be delivered on or before 10 December 2026.", "Due date please put whatever is usual.", "Payment will be made at end of next month.", "The due date should be fine.", "Payment will be done by bank transfer."],
	},
	{
		lang: "de",
		before: ["als Zahlungsziel den", "Zahlungsziel den", "Fälligkeit zum", "Fälligkeit am", "Fälligkeit bis zum", "Fälligkeit bis", "Fälligkeitsdatum", "Fälligkeitsdatum:", "fällig zum", "fällig bis", "Zahlungsziel bis zum", "Zahlungsziel zum", "Zahlungsziel am", "zu zahlen bis zum", "zu zahlen bis", "bezahlt bis zum", "bezahlt bis", "beglichen bis zum", "beglichen bis", "Zahlungsfrist bis zum", "Zahlungsfrist bis", "Zahlungstermin", "Zahlungstermin:", "Zahlung bis spätestens", "fällig am", "zahlbar bis zum", "zahlbar bis", "zu bezahlen bis zum", "zu bezahlen bis", "Fälligkeit", "Fälligkeit:", "per Überweisung bis zum", "per Überweisung bis", "Überweisung bis zum", "Überweisung bis spätestens"],
		around: [["", "als Fälligkeitsdatum"], ["", "als Fälligkeit"], ["", "als Zahlungsziel"], ["bis zum", "überweisen"], ["bis zum", "bezahlen"], ["bis zum", "zahlen"], ["bis spätestens", "überweisen"], ["bis spätestens", "bezahlen"]],
		examples: [
			["Wäre es schön, wenn die Rechnung mit Fälligkeit zum 11. Dezember 2026 ausgestellt werden könnte.", "2026-12-11"],
			["Fälligkeitsdatum: 18.12.2026", "2026-12-18"],
			["Wenn's geht, schreib als Zahlungsziel den 10.12.2026 rein.", "2026-12-10"],
			["Bitte mit Fälligkeit zum\n15. Dezember 2026.", "2026-12-15"],
			["Bitte Zahlungsziel bis zum 20. Dezember.", "2026-12-20"],
			["Zahlungsfrist bis 18.12.2026 bitte.", "2026-12-18"],
			["Fällig am 15.12.2026.", "2026-12-15"],
			["Zahlbar bis 15.12.2026.", "2026-12-15"],
			// The word alone before the date, and how the customer pays ("per Überweisung") before "bis".
			["Bitte mit Fälligkeit 15.12.2026, dann passt es ins Budget.", "2026-12-15"],
			["Fälligkeit: 18. Dezember 2026", "2026-12-18"],
			["Wir zahlen per Überweisung bis zum 12.12.2026.", "2026-12-12"],
			// "den" before the date, and the date before the words ("bis zum 10.12.2026 überweisen").
			["Setzen Sie bitte als Fälligkeit den 15.12.2026.", "2026-12-15"],
			["Ich würde gern bis zum 10.12.2026 überweisen, wenn das passt.", "2026-12-10"],
			["Bitte tragen Sie den 18. Dezember 2026 als Fälligkeitsdatum ein.", "2026-12-18"],
			["Wir möchten bis spätestens 14.12.2026 bezahlen.", "2026-12-14"],
		],
		ignores: ["Wir haben bis zum 10.11.2026 überwiesen, was fällig war.", "Bitte liefern Sie bis zum 10.12.2026.", "Die Fälligkeit ist uns egal.", "Bezahlt bis heute haben wir nichts.", "Per Überweisung bis Ende des Monats."],
	},
	{
		lang: "es",
		before: ["fecha de vencimiento", "fecha de vencimiento:", "con vencimiento el", "con vencimiento al", "con vencimiento para el", "que venza el", "vence el", "pagada antes del", "pagar antes del", "pagarla antes del", "pagada el", "fecha de pago", "fecha límite de pago", "fecha límite de pago el", "fecha límite", "plazo de pago hasta el", "vencimiento el día", "vencimiento hasta el", "vence hasta el", "pagar hasta el", "pago hasta el", "por transferencia antes del", "por transferencia hasta el", "transferencia antes del", "transferencia hasta el"],
		examples: [
			["Por favor, con vencimiento el 20 de diciembre de 2026.", "2026-12-20"],
			["Fecha de vencimiento: 15/12/2026", "2026-12-15"],
			["Nos vendría bien con vencimiento el\n18 de diciembre.", "2026-12-18"],
			["Vencimiento hasta el 10/12/2026, gracias.", "2026-12-10"],
			["La necesitamos con fecha límite de pago el 10 de diciembre.", "2026-12-10"],
			["Pagaremos por transferencia antes del 15/12/2026.", "2026-12-15"],
			["El pago será por transferencia hasta el 12 de diciembre.", "2026-12-12"],
		],
		ignores: ["La fecha de vencimiento nos da igual.", "Pagamos por transferencia el mes pasado."],
	},
	{
		lang: "fr",
		before: ["date d'échéance", "date d’échéance", "date d'échéance :", "date d’échéance :", "échéance fixée au", "à régler pour le", "à régler au plus tard le", "payée avant le", "payer avant le", "payée pour le", "paiement avant le", "paiement au plus tard le", "réglée avant le", "échéance au plus tard le", "à régler jusqu'au", "à régler jusqu’au", "par virement avant le", "par virement au plus tard le", "par virement jusqu'au", "par virement jusqu’au", "virement avant le", "par virement bancaire avant le", "par virement bancaire au plus tard le", "par virement bancaire jusqu'au", "par virement bancaire jusqu’au", "virement bancaire avant le", "paiement sera effectué avant le", "paiement sera effectué au plus tard le", "règlement sera effectué avant le"],
		examples: [
			["Échéance au plus tard le 10/12/2026.", "2026-12-10"],
			["Merci d'indiquer une date d'échéance au 18 décembre.", "2026-12-18"],
			["La facture doit être payée avant le 15 décembre 2026.", "2026-12-15"],
			["Règlement par virement avant le 14/12/2026.", "2026-12-14"],
			["On paiera par virement au plus tard le 18 décembre.", "2026-12-18"],
			// How the customer pays in full ("par virement bancaire") between the payment and the date.
			["Le règlement se fera par virement bancaire avant le 12 décembre 2026.", "2026-12-12"],
			["Le paiement sera effectué avant le 15/12/2026, comme convenu.", "2026-12-15"],
			["Nous réglerons par virement bancaire au plus tard le 20 décembre.", "2026-12-20"],
		],
		ignores: ["La date d'échéance, comme tu veux.", "Réglé par virement le mois dernier.", "Le paiement sera effectué par virement bancaire, comme d'habitude.", "La livraison sera effectuée avant le 10 décembre."],
	},
	{
		lang: "pt",
		before: ["data de vencimento", "data de vencimento:", "com vencimento em", "com vencimento para", "com vencimento no dia", "vence em", "vence no dia", "pagar até", "paga até", "pagamento até", "pago até", "vencimento dia", "vencimento no dia", "vence dia", "vencimento até", "vencimento até o dia", "vencimento até dia", "vencimento para", "vencimento para o dia", "vence até", "por transferência até", "por transferência até o dia", "via Pix até", "por Pix até", "via Pix até o dia", "por Pix até o dia", "vencimento pode ser dia", "vencimento pode ser", "vencimento pode ser no dia", "vencimento será dia", "vencimento será no dia", "vencimento será", "vencimento fica para o dia", "vencimento fica para", "ficar agendado até", "ficar agendado para", "ser agendado até", "ser agendado para", "agendar o pagamento até", "agendar o pagamento para", "pagamento agendado até", "pagamento agendado para"],
		examples: [
			["Pode colocar a data de vencimento 10 de dezembro?", "2026-12-10"],
			["Precisamos pagar até 15/12/2026.", "2026-12-15"],
			["Vencimento dia 14/12.", "2026-12-14"],
			// Brazil and Portugal write the day first: 10/12 is the 10th of December, never October 12th.
			["Vencimento até 10/12/2026.", "2026-12-10"],
			["Vencimento para o dia 11/12, por favor.", "2026-12-11"],
			["Vamos pagar por transferência até 12/12/2026.", "2026-12-12"],
			["Pagamento via Pix até o dia 15/12.", "2026-12-15"],
			["O vencimento pode ser dia 12 de dezembro, pagamos via Pix.", "2026-12-12"],
			["O vencimento será no dia 14/12/2026.", "2026-12-14"],
			["O vencimento fica para 18 de dezembro.", "2026-12-18"],
			// The payment scheduled in the customer's bank ("agendado") by a date.
			["O pagamento tem de ficar agendado até 15/12/2026.", "2026-12-15"],
			["Vamos agendar o pagamento para 10 de dezembro.", "2026-12-10"],
			["O pagamento precisa ser agendado até 12/12.", "2026-12-12"],
		],
		ignores: ["O pagamento fica agendado assim que a fatura chegar.", "A reunião foi agendada para amanhã.", "O vencimento pode ser em 30 dias.", "Pode colocar vencimento em 30 dias.", "Pagamos via Pix até agora sem problema."],
	},
	{
		lang: "it",
		before: ["data di scadenza", "data di scadenza:", "con scadenza il", "con scadenza al", "scade il", "pagare entro il", "pagata entro il", "pagamento entro il", "saldata entro il", "scadenza entro il", "da saldare entro il", "bonifico entro il", "bonifico bancario entro il", "bonifico entro e non oltre il", "pagamento entro e non oltre il"],
		examples: [
			["Scadenza entro il 11/12/2026.", "2026-12-11"],
			["Mettici per favore data di scadenza 15 dicembre.", "2026-12-15"],
			["Dobbiamo pagare entro il 20/12/2026.", "2026-12-20"],
			// How the customer pays between "pagamento" and the date: "con bonifico", "tramite bonifico bancario".
			["Pagamento con bonifico entro il 15/12/2026.", "2026-12-15"],
			["Pagheremo tramite bonifico bancario entro il 12 dicembre.", "2026-12-12"],
			["Pagamento entro e non oltre il 18/12/2026.", "2026-12-18"],
		],
		ignores: ["Pagamento entro il mese prossimo.", "Bonifico entro il mese, come sempre."],
	},
	{
		lang: "nl",
		before: ["vervaldag", "vervaldag:", "met vervaldatum", "betaald vóór", "betaald voor", "betaald uiterlijk op", "betaald uiterlijk", "betalen vóór", "betalen uiterlijk op", "betalen uiterlijk", "betaaldatum", "overmaken vóór", "overmaken voor", "overmaken uiterlijk op", "overmaken uiterlijk", "per overschrijving vóór", "per overschrijving voor"],
		around: [["uiterlijk op", "betaald"], ["uiterlijk", "betaald"], ["vóór", "betaald te zijn"], ["voor", "betaald te zijn"], ["", "als vervaldatum"], ["", "als vervaldag"]],
		examples: [
			["Kun je zorgen dat hij betaald vóór 12 december kan worden?", "2026-12-12"],
			["Vervaldag: 18-12-2026", "2026-12-18"],
			["We willen het bedrag overmaken vóór 15 december.", "2026-12-15"],
			["We betalen per overschrijving vóór 14/12/2026.", "2026-12-14"],
			// The date first, then the words: "uiterlijk op 31 december betaald te zijn".
			["De factuur dient uiterlijk op 18 december 2026 betaald te zijn.", "2026-12-18"],
			["Graag 15/12/2026 als vervaldatum vermelden.", "2026-12-15"],
			["Het bedrag moet vóór 14 december betaald te zijn.", "2026-12-14"],
		],
		ignores: ["De factuur moet uiterlijk op 10 december verstuurd zijn.", "Betaald voor het logo hebben we al."],
	},
	// The payment wished made by a date, as a clause of its own ("nous souhaitons que le règlement soit effectué au
	// plus tard le 5 décembre", "we'd like payment to be made no later than …"): the word for payment names what is
	// due, so the same clause about a delivery or a shoot gives no due date.
	{
		lang: "en",
		before: ["payment to be made by", "payment to be made no later than", "payment to be made before", "payment be made by", "payment be made no later than", "payment be made before", "payment made no later than", "payment to be received by", "payment to be received no later than", "payment to be completed by"],
		examples: [
			["We'd like payment to be made no later than 5 December 2026, when our budget closes.", "2026-12-05"],
			["Our finance team asks that payment be made by December 12, 2026.", "2026-12-12"],
			["We need the payment to be received by 15/12/2026 for the grant report.", "2026-12-15"],
		],
		ignores: ["We'd like the delivery to be made no later than 5 December 2026.", "Payment to be made by bank transfer, as usual."],
	},
	{
		lang: "fr",
		before: ["règlement soit effectué au plus tard le", "règlement soit effectué avant le", "paiement soit effectué au plus tard le", "paiement soit effectué avant le", "règlement soit fait au plus tard le", "règlement soit fait avant le", "paiement soit fait au plus tard le", "paiement soit fait avant le", "virement soit effectué au plus tard le", "virement soit effectué avant le", "facture soit réglée au plus tard le", "facture soit réglée avant le", "facture soit payée au plus tard le", "facture soit payée avant le"],
		examples: [
			["Nous souhaitons que le règlement soit effectué au plus tard le 5 décembre 2026, date de clôture de notre budget.", "2026-12-05"],
			["Il faudrait que le paiement soit fait avant le 12/12/2026.", "2026-12-12"],
			["Notre comptable demande que la facture soit réglée au plus tard le 18 décembre.", "2026-12-18"],
		],
		ignores: ["Nous souhaitons que la livraison soit effectuée au plus tard le 5 décembre 2026.", "Le règlement sera effectué à réception de la facture."],
	},
	{
		lang: "de",
		before: ["Zahlung spätestens am", "Zahlung spätestens zum", "Zahlung bis zum", "Überweisung spätestens am", "Begleichung bis spätestens", "Begleichung spätestens am"],
		examples: [
			["Uns wäre wichtig, dass die Zahlung spätestens am 5. Dezember 2026 erfolgt, dann schließt unser Budget.", "2026-12-05"],
			["Wir möchten, dass die Zahlung bis zum 10.12.2026 erfolgt.", "2026-12-10"],
			["Wichtig ist uns die Begleichung bis spätestens 18.12.2026.", "2026-12-18"],
		],
		// When the invoice is to be sent is no due date: "Rechnung spätestens am …" is not read.
		ignores: ["Die Lieferung soll spätestens am 5. Dezember erfolgen.", "Die Zahlung bis zum Monatsende ist kein Problem.", "Bitte schick die Rechnung spätestens am 5. Dezember."],
	},
	{
		lang: "es",
		before: ["pago se realice a más tardar el", "pago se realice antes del", "pago se efectúe a más tardar el", "pago se efectúe antes del", "pago se haga antes del", "pago se haga a más tardar el", "pago a más tardar el", "factura se pague antes del", "factura se pague a más tardar el"],
		examples: [
			["Queremos que el pago se realice a más tardar el 5 de diciembre de 2026, cuando cierra el presupuesto.", "2026-12-05"],
			["Necesitamos que el pago se efectúe antes del 12/12/2026.", "2026-12-12"],
			["Te pido que la factura se pague a más tardar el 18 de diciembre.", "2026-12-18"],
		],
		ignores: ["Queremos que la entrega se realice a más tardar el 5 de diciembre.", "El pago se realice como siempre, por transferencia."],
	},
	{
		lang: "pt",
		before: ["pagamento seja efetuado até", "pagamento seja efectuado até", "pagamento seja feito até", "pagamento seja realizado até", "pagamento seja efetuado até ao dia", "pagamento seja efectuado até ao dia", "pagamento seja feito até ao dia", "fatura seja paga até", "fatura seja paga até ao dia"],
		examples: [
			["Gostaríamos que o pagamento seja efetuado até 5 de dezembro de 2026, data de fecho do orçamento.", "2026-12-05"],
			["Pedimos que o pagamento seja feito até ao dia 12/12/2026.", "2026-12-12"],
			["Precisamos que a fatura seja paga até 18 de dezembro.", "2026-12-18"],
		],
		ignores: ["Gostaríamos que a entrega seja efetuada até 5 de dezembro.", "O pagamento seja feito até ao fim do mês, como sempre."],
	},
	{
		lang: "it",
		before: ["pagamento venga effettuato entro il", "pagamento sia effettuato entro il", "pagamento venga effettuato non oltre il", "pagamento sia effettuato non oltre il", "fattura venga saldata entro il", "fattura sia saldata entro il", "fattura venga pagata entro il"],
		examples: [
			["Vorremmo che il pagamento venga effettuato entro il 5 dicembre 2026, chiusura del nostro budget.", "2026-12-05"],
			["È necessario che la fattura sia saldata entro il 12/12/2026.", "2026-12-12"],
			["Chiediamo che il pagamento sia effettuato non oltre il 18 dicembre.", "2026-12-18"],
		],
		ignores: ["Vorremmo che la consegna venga effettuata entro il 5 dicembre.", "Il pagamento venga effettuato entro il mese, come sempre."],
	},
	{
		lang: "nl",
		before: ["betaling uiterlijk op", "betaling uiterlijk", "betaling vóór", "betaling gedaan vóór", "betaling gedaan uiterlijk op"],
		examples: [
			["We willen graag dat de betaling uiterlijk op 5 december 2026 plaatsvindt, dan sluit ons budget.", "2026-12-05"],
			["Het is belangrijk dat de betaling vóór 12/12/2026 gebeurt.", "2026-12-12"],
			["Graag betaling uiterlijk 18-12-2026, dan sluit het boekjaar.", "2026-12-18"],
		],
		ignores: ["We willen graag dat de levering uiterlijk op 5 december plaatsvindt.", "De betaling uiterlijk eind van de maand is prima.", "Kun je de factuur vóór 18 december sturen?"],
	},
	// The payment that must happen by a date ("le règlement devra donc intervenir avant le 15 décembre 2026", "payment must
	// reach us by 15 December", "die Zahlung muss bis zum 15.12.2026 erfolgen", "el pago debe hacerse antes del 15 de
	// diciembre"): the word for payment says what is due, so the files or the delivery that must arrive by a date give
	// none.
	{
		lang: "en",
		before: [],
		must: {
			subjects: ["payment", "the transfer", "settlement"],
			modals: ["must", "should", "needs to", "has to", "will need to", "will have to", "must therefore", "should therefore", "must also", "should also", "therefore needs to", "therefore has to"],
			verbs: ["reach us", "reach you", "reach our account", "be made", "be received", "be completed", "be done", "be in", "happen", "take place", "arrive", "go out", "clear"],
			preps: ["by", "before", "no later than", "on or before", "prior to"],
		},
		examples: [
			["Our year closes soon, so payment must reach us by 15 December 2026.", "2026-12-15"],
			["The payment should therefore be made before 18 December 2026.", "2026-12-18"],
			["Payment needs to happen no later than 12/12/2026 for our budget.", "2026-12-12"],
		],
		ignores: ["The files must reach us by 15 December 2026.", "Payment must be made by bank transfer.", "The delivery should be made before 18 December 2026."],
	},
	{
		lang: "de",
		before: [],
		must: {
			subjects: ["Zahlung", "Überweisung", "Begleichung"],
			modals: ["muss", "müsste", "sollte", "soll", "muss daher", "muss also", "sollte daher", "sollte also", "muss deshalb", "sollte deshalb"],
			verbs: ["erfolgen", "eingehen", "bei uns eingehen", "bei uns sein", "auf unserem Konto sein"],
			preps: ["bis zum", "bis", "bis spätestens", "vor dem", "spätestens am", "spätestens bis zum"],
		},
		around: mustAround(["Zahlung", "Überweisung", "Begleichung"], ["muss", "müsste", "sollte", "soll", "muss daher", "muss also", "sollte daher", "sollte also", "muss deshalb"], ["bis zum", "bis", "bis spätestens", "vor dem", "spätestens am", "spätestens bis zum"], ["erfolgen", "erfolgt sein", "eingehen", "eingegangen sein", "bei uns eingehen", "bei uns eingegangen sein", "bei uns sein", "erledigt sein"]),
		examples: [
			["Die Zahlung muss bis zum 15.12.2026 erfolgen, wegen des Jahresabschlusses.", "2026-12-15"],
			["Die Überweisung sollte daher spätestens am 18. Dezember 2026 bei uns eingehen.", "2026-12-18"],
			["Die Zahlung muss also erfolgen bis 12.12.2026.", "2026-12-12"],
		],
		ignores: ["Die Lieferung muss bis zum 15.12.2026 erfolgen.", "Die Zahlung muss per Überweisung erfolgen."],
	},
	{
		lang: "es",
		before: [],
		must: {
			subjects: ["pago", "abono", "la transferencia"],
			modals: ["debe", "deberá", "debería", "tiene que", "tendrá que", "ha de", "debe por tanto", "deberá por tanto", "debe por lo tanto", "deberá por lo tanto", "deberá entonces", "debe entonces"],
			verbs: ["hacerse", "realizarse", "efectuarse", "llegarnos", "llegar", "recibirse", "estar hecho", "hacerse efectivo", "ser efectivo", "producirse"],
			preps: ["antes del", "a más tardar el", "hasta el", "como máximo el", "antes de"],
		},
		examples: [
			["El pago debe hacerse antes del 15 de diciembre de 2026.", "2026-12-15"],
			["Por eso el pago deberá realizarse a más tardar el 18/12/2026.", "2026-12-18"],
			["La transferencia tiene que llegarnos antes del 12 de diciembre.", "2026-12-12"],
		],
		ignores: ["La entrega debe hacerse antes del 15 de diciembre de 2026.", "El pago debe hacerse por transferencia."],
	},
	{
		lang: "fr",
		before: [],
		must: {
			subjects: ["règlement", "paiement", "virement"],
			modals: ["devra", "doit", "devrait", "devra donc", "doit donc", "devrait donc", "devra impérativement", "doit impérativement", "devra par conséquent"],
			verbs: ["intervenir", "être effectué", "être fait", "être réalisé", "nous parvenir", "avoir lieu", "être reçu", "arriver", "être crédité"],
			preps: ["avant le", "au plus tard le", "d'ici le", "pour le", "avant"],
		},
		examples: [
			["Notre service comptable clôture l'exercice en fin d'année : le règlement devra donc intervenir avant le 15 décembre 2026.", "2026-12-15"],
			["Le paiement doit nous parvenir au plus tard le 18/12/2026.", "2026-12-18"],
			["Le virement devrait être effectué d'ici le 12 décembre.", "2026-12-12"],
		],
		ignores: ["La livraison devra donc intervenir avant le 15 décembre 2026.", "Le règlement devra intervenir par virement."],
	},
	{
		lang: "pt",
		before: [],
		must: {
			subjects: ["pagamento", "a transferência"],
			modals: ["deve", "deverá", "deveria", "tem de", "tem que", "terá de", "terá que", "precisa", "precisará", "deve portanto", "deverá portanto", "deverá então", "deve então"],
			verbs: ["ser feito", "ser feita", "ser efetuado", "ser efetuada", "ser efectuado", "ser efectuada", "ser realizado", "ser realizada", "chegar", "nos chegar", "chegar-nos", "ocorrer", "acontecer", "ser recebido", "entrar"],
			preps: ["até", "até ao dia", "até o dia", "até dia", "antes de", "antes do dia"],
		},
		examples: [
			["O pagamento deverá ser feito até 15 de dezembro de 2026.", "2026-12-15"],
			["Por isso o pagamento tem de chegar até ao dia 18/12/2026.", "2026-12-18"],
			["A transferência precisa ser efetuada antes de 12/12/2026.", "2026-12-12"],
		],
		ignores: ["A entrega deverá ser feita até 15 de dezembro de 2026.", "O pagamento deverá ser feito por transferência."],
	},
	{
		lang: "it",
		before: [],
		must: {
			subjects: ["pagamento", "bonifico", "saldo"],
			modals: ["dovrà", "deve", "dovrebbe", "dovrà quindi", "deve quindi", "dovrà pertanto", "deve pertanto", "dovrebbe quindi"],
			verbs: ["avvenire", "essere effettuato", "essere fatto", "essere eseguito", "arrivare", "pervenirci", "arrivarci", "essere ricevuto"],
			preps: ["entro il", "entro", "prima del", "non oltre il"],
		},
		examples: [
			["Il pagamento dovrà avvenire entro il 15 dicembre 2026.", "2026-12-15"],
			["Il bonifico deve quindi arrivare entro il 18/12/2026.", "2026-12-18"],
			["Il saldo dovrà essere effettuato prima del 12 dicembre.", "2026-12-12"],
		],
		ignores: ["La consegna dovrà avvenire entro il 15 dicembre 2026.", "Il pagamento dovrà avvenire tramite bonifico."],
	},
	{
		lang: "nl",
		before: [],
		must: {
			subjects: ["betaling", "overschrijving", "overboeking"],
			modals: ["moet", "dient", "zou moeten", "moet dus", "dient dus", "moet daarom", "dient daarom"],
			verbs: ["gebeuren", "plaatsvinden", "binnen zijn", "voldaan zijn", "bij ons binnen zijn", "binnenkomen", "gedaan worden"],
			preps: ["vóór", "voor", "uiterlijk op", "uiterlijk", "ten laatste op"],
		},
		around: mustAround(["betaling", "overschrijving", "overboeking"], ["moet", "dient", "moet dus", "dient dus", "moet daarom", "zou"], ["vóór", "voor", "uiterlijk op", "uiterlijk", "ten laatste op"], ["gebeuren", "plaatsvinden", "binnen zijn", "voldaan zijn", "bij ons binnen zijn", "binnenkomen", "te gebeuren", "plaats te vinden", "binnen te zijn", "moeten gebeuren"]),
		examples: [
			["De betaling moet vóór 15 december 2026 gebeuren.", "2026-12-15"],
			["De overschrijving dient dus uiterlijk op 18-12-2026 binnen te zijn.", "2026-12-18"],
			["De betaling moet gebeuren vóór 12 december.", "2026-12-12"],
		],
		ignores: ["De levering moet vóór 15 december 2026 gebeuren.", "De betaling moet per overschrijving gebeuren."],
	},
	// A polite word between the label and the date, in every language ("Fälligkeit bitte 15.12.2026", "vencimiento por
	// favor el 15/12", "vervaldatum graag 18-12-2026"), as "due date please" is written in English.
	{
		lang: "de",
		before: ["Fälligkeit bitte", "Fälligkeit bitte am", "Fälligkeit bitte zum", "Fälligkeitsdatum bitte", "Fälligkeit gerne", "Fälligkeit gerne am", "Zahlungsziel bitte", "Zahlungsziel bitte den", "Zahlungsziel gerne"],
		examples: [["Fälligkeit bitte 15.12.2026, danke.", "2026-12-15"], ["Zahlungsziel bitte den 18.12.2026.", "2026-12-18"]],
		ignores: ["Zahlungsziel bitte 21 Tage.", "Fälligkeit bitte wie immer."],
	},
	{
		lang: "es",
		before: ["fecha de vencimiento por favor", "fecha de vencimiento por favor el", "vencimiento por favor", "vencimiento por favor el", "fecha de pago por favor", "fecha de pago por favor el", "vencimiento porfa", "vencimiento porfa el"],
		examples: [["Vencimiento por favor el 15/12/2026.", "2026-12-15"], ["Fecha de vencimiento por favor 18 de diciembre.", "2026-12-18"]],
		ignores: ["Vencimiento por favor a 30 días."],
	},
	{
		lang: "fr",
		before: ["date d'échéance svp", "date d’échéance svp", "date d'échéance svp au", "date d’échéance svp au", "échéance svp", "échéance svp au", "échéance svp le", "échéance merci de mettre le", "échéance merci de mettre au"],
		examples: [["Échéance svp au 15/12/2026, merci.", "2026-12-15"], ["Date d'échéance svp 18 décembre 2026.", "2026-12-18"]],
		ignores: ["Échéance svp à 30 jours."],
	},
	{
		lang: "pt",
		before: ["data de vencimento por favor", "vencimento por favor", "vencimento por favor dia", "vencimento por favor para", "vencimento pfv", "vencimento pfv dia"],
		examples: [["Vencimento por favor dia 15/12/2026.", "2026-12-15"], ["Data de vencimento por favor 18 de dezembro.", "2026-12-18"]],
		ignores: ["Vencimento por favor em 30 dias."],
	},
	{
		lang: "it",
		before: ["data di scadenza per favore", "scadenza per favore", "scadenza per favore il", "scadenza per favore al", "scadenza per cortesia", "scadenza per cortesia il", "scadenza cortesemente il", "scadenza cortesemente al"],
		examples: [["Scadenza per favore il 15/12/2026.", "2026-12-15"], ["Data di scadenza per favore 18 dicembre.", "2026-12-18"]],
		ignores: ["Scadenza per favore a 30 giorni."],
	},
	{
		lang: "nl",
		before: ["vervaldatum graag", "vervaldatum graag op", "vervaldag graag", "vervaldag graag op", "betaaldatum graag", "betaaldatum graag op"],
		examples: [["Vervaldatum graag 18-12-2026.", "2026-12-18"], ["Vervaldag graag op 15 december.", "2026-12-15"]],
		ignores: ["Vervaldatum graag over 14 dagen."],
	},
	// The day the customer says they will pay, or the payment is planned ("Pagaremos el 15 de diciembre", "Wir
	// überweisen am 10.12.2026", "Paiement prévu le 15/12/2026"): the day it is due, as "we will pay on" is in English.
	{
		lang: "en",
		before: ["pay it before", "pay it by", "to pay before", "payment expected by", "payment expected on", "payment is expected by", "payment is expected on", "we will settle the invoice on", "we'll settle the invoice on", "we will settle it on", "we'll settle it on", "settle the invoice on", "transfer the money on", "transfer the money by", "transfer the payment on", "transfer the payment by", "transfer the amount on", "transfer the amount by"],
		around: [["", "as the payment deadline"], ["", "as the deadline for payment"], ["until", "to pay"]],
		examples: [["We need to pay it before 12/15/2026.", "2026-12-15"], ["Please put 20 December as the payment deadline.", "2026-12-20"], ["Payment expected by 2026-12-18.", "2026-12-18"], ["Please give us until 15 December to pay.", "2026-12-15"], ["We will settle the invoice on 18.12.2026.", "2026-12-18"], ["We'll transfer the money on 10 December.", "2026-12-10"]],
		ignores: ["We'll transfer the files on 10 December.", "Please put 20 December as the delivery deadline."],
	},
	{
		lang: "de",
		before: ["überweisen am", "überweisen wir am", "zahlen am", "zahlen wir am", "bezahlen am", "bezahlen wir am", "mit Zahlungsziel", "Zahlungsziel:", "Zahlung am", "Zahlung erfolgt am"],
		examples: [["Wir überweisen am 10.12.2026.", "2026-12-10"], ["Bitte mit Zahlungsziel 15.12.2026.", "2026-12-15"], ["Die Zahlung erfolgt am 18. Dezember.", "2026-12-18"]],
		ignores: ["Bitte mit Zahlungsziel 14 Tage.", "Wir liefern am 10.12.2026."],
	},
	{
		lang: "es",
		before: ["pagaremos el", "pagamos el", "te pagamos el", "le pagamos el", "haremos el pago el", "el pago será el", "transferiremos el", "haremos la transferencia el", "pago previsto para el", "pago previsto el"],
		examples: [["Pagaremos el 15 de diciembre.", "2026-12-15"], ["Haremos la transferencia el 12/12/2026.", "2026-12-12"]],
		ignores: ["Pagamos el mes pasado."],
	},
	{
		lang: "fr",
		before: ["nous réglerons le", "réglerons le", "nous paierons le", "paierons le", "on paiera le", "paiement prévu le", "paiement prévu pour le", "règlement prévu le", "règlement prévu pour le", "virement prévu le", "nous ferons le virement le", "on fera le virement le"],
		examples: [["Nous réglerons le 15 décembre.", "2026-12-15"], ["Paiement prévu le 15/12/2026.", "2026-12-15"]],
		ignores: ["Livraison prévue le 15/12/2026."],
	},
	{
		lang: "pt",
		before: ["vamos pagar no dia", "vamos pagar dia", "vamos pagar em", "pagaremos no dia", "pagaremos dia", "pagaremos em", "pagamento previsto para", "pagamento previsto para o dia", "faremos o pagamento no dia", "faremos a transferência no dia"],
		examples: [["Vamos pagar no dia 15 de dezembro.", "2026-12-15"], ["Pagamento previsto para 18/12/2026.", "2026-12-18"]],
		ignores: ["Vamos pagar em 30 dias."],
	},
	{
		lang: "it",
		before: ["pagheremo il", "paghiamo il", "pagamento previsto il", "pagamento previsto per il", "faremo il bonifico il", "bonifico previsto il"],
		examples: [["Pagheremo il 15 dicembre.", "2026-12-15"], ["Pagamento previsto per il 18/12/2026.", "2026-12-18"]],
		ignores: ["Consegna prevista il 15 dicembre."],
	},
	{
		lang: "nl",
		before: ["we betalen op", "wij betalen op", "betalen we op", "betaling op", "we maken het over op", "maken het over op"],
		examples: [["We betalen op 15 december.", "2026-12-15"], ["Betaling op 15-12-2026.", "2026-12-15"]],
		ignores: ["Levering op 15-12-2026."],
	},
	// When the customer would like to pay, a word of wish between the verb and the date ("Wij betalen graag vóór 15
	// december 2026, dus gelieve die datum als vervaldatum te nemen", "we'd prefer to pay by 15 December", "wir zahlen
	// gerne bis zum 15.12."): the day it is due. The verb of paying must be there, so "we'd like the files before …" is
	// none.
	{
		lang: "nl",
		before: ["betalen graag vóór", "betalen graag voor", "betalen graag uiterlijk", "betalen graag uiterlijk op", "betalen liefst vóór", "betalen liefst voor", "betalen bij voorkeur vóór", "betalen bij voorkeur voor", "betalen het liefst vóór", "betalen het liefst voor", "betalen graag op", "willen graag betalen vóór", "willen graag betalen voor", "willen betalen vóór", "willen betalen voor"],
		examples: [["Wij betalen graag vóór 15 december 2026, dus gelieve die datum als vervaldatum te nemen.", "2026-12-15"], ["We betalen bij voorkeur voor 18-12-2026.", "2026-12-18"], ["Wij willen graag betalen vóór 12 december.", "2026-12-12"]],
		ignores: ["We hebben de bestanden graag vóór 15 december.", "Wij betalen graag via overschrijving."],
	},
	{
		lang: "en",
		before: ["we'd like to pay by", "we'd like to pay before", "we would like to pay by", "we would like to pay before", "we'd prefer to pay by", "we'd prefer to pay before", "we would prefer to pay by", "we would prefer to pay before", "we prefer to pay by", "we prefer to pay before", "we want to pay by", "we want to pay before", "we'd rather pay by", "we'd rather pay before", "I'd like to pay by", "I'd like to pay before", "I'd prefer to pay by", "I'd prefer to pay before", "we pay before"],
		examples: [["We'd prefer to pay by 15 December 2026, so please take that as the due date.", "2026-12-15"], ["We would like to pay before 18/12/2026.", "2026-12-18"], ["I'd like to pay by December 12.", "2026-12-12"]],
		ignores: ["We'd like to pay by bank transfer.", "We'd like the files before 15 December."],
	},
	{
		lang: "de",
		before: ["zahlen gerne bis zum", "zahlen gerne bis", "zahlen gern bis zum", "zahlen gern bis", "zahlen gerne vor dem", "zahlen gern vor dem", "zahlen am liebsten bis zum", "zahlen am liebsten vor dem", "würden gerne bis zum", "möchten gerne bis zum", "möchten bis zum", "bezahlen gerne bis zum", "bezahlen gerne vor dem", "überweisen gerne bis zum", "überweisen gerne vor dem"],
		examples: [["Wir zahlen gerne bis zum 15.12.2026, bitte nimm das als Fälligkeit.", "2026-12-15"], ["Wir überweisen gerne vor dem 18. Dezember.", "2026-12-18"]],
		ignores: ["Wir hätten die Dateien gerne bis zum 15.12.2026.", "Wir zahlen gerne per Überweisung."],
	},
	// The due date asked for with a verb of writing before it ("Als Fälligkeit schreib bitte den 11.12.2026 drauf",
	// "Als Zahlungsziel setzen Sie bitte den 15.12.", "As the due date please put 15 December").
	{
		lang: "de",
		before: ["als Fälligkeit schreib bitte den", "als Fälligkeit schreib den", "als Fälligkeit schreibst du bitte den", "als Fälligkeit schreiben Sie bitte den", "als Fälligkeit setz bitte den", "als Fälligkeit setz den", "als Fälligkeit setzen Sie bitte den", "als Fälligkeit nimm bitte den", "als Fälligkeit nimm den", "als Fälligkeit nehmen Sie bitte den", "als Fälligkeit trag bitte den", "als Fälligkeit tragen Sie bitte den", "als Fälligkeit bitte den", "als Fälligkeitsdatum bitte den", "als Fälligkeitsdatum schreib bitte den", "als Fälligkeitsdatum setz bitte den", "als Zahlungsziel schreib bitte den", "als Zahlungsziel setz bitte den", "als Zahlungsziel setzen Sie bitte den", "als Zahlungsziel nimm bitte den"],
		examples: [["Als Fälligkeit schreib bitte den 11.12.2026 drauf, dann zahl ich sofort.", "2026-12-11"], ["Als Zahlungsziel setzen Sie bitte den 15. Dezember 2026.", "2026-12-15"], ["Als Fälligkeit bitte den 18.12.2026.", "2026-12-18"]],
		ignores: ["Als Fälligkeit schreib bitte das Übliche drauf."],
	},
	// A plain word of ease between the label and the date ("setz als Fälligkeit einfach den 15. Dezember", "comme
	// échéance, mets tout simplement le 15 décembre"): the words still name the due date, the filler only softens them.
	{
		lang: "de",
		before: atTheLatest(["als Fälligkeit", "als Fälligkeitsdatum", "als Zahlungsziel", "Fälligkeit", "Fälligkeitsdatum", "Zahlungsziel"], ["einfach den", "einfach", "doch den", "doch einfach den", "halt den", "ruhig den", "bitte einfach den", "gerne einfach den", "nimm einfach den", "nimm doch den", "setz einfach den", "setz doch den", "schreib einfach den", "trag einfach den", "nehmen Sie einfach den", "setzen Sie einfach den", "schreiben Sie einfach den"]),
		examples: [["Ich möchte das noch dieses Jahr bezahlen, setz als Fälligkeit\neinfach den 15. Dezember, das passt für uns.", "2026-12-15"], ["Schreib als Fälligkeitsdatum einfach den 15.12. drauf.", "2026-12-15"], ["Zahlungsziel doch einfach den 18.12.2026.", "2026-12-18"], ["Als Fälligkeit nehmen Sie einfach den 20. Dezember 2026.", "2026-12-20"]],
		ignores: ["Als Fälligkeit einfach das Übliche.", "Liefer die Dateien einfach den 15. Dezember.", "Zahlungsziel einfach 30 Tage."],
	},
	{
		lang: "fr",
		before: atTheLatest(["comme échéance", "comme date d'échéance", "pour l'échéance", "pour la date d'échéance", "comme échéance,", "comme date d'échéance,", "pour l'échéance,", "pour la date d'échéance,"], ["mets simplement le", "mets tout simplement le", "mettez simplement le", "mettez tout simplement le", "indique simplement le", "indiquez simplement le", "simplement le", "tout simplement le", "mets le", "mettez le", "indiquez le"]),
		examples: [["Comme date d'échéance, mets tout simplement le 15 décembre.", "2026-12-15"], ["Pour l'échéance, mettez simplement le 18/12/2026.", "2026-12-18"]],
		ignores: ["Pour la livraison, mets simplement le 15 décembre.", "Pour l'échéance, mets simplement 30 jours."],
	},
	{
		lang: "en",
		before: ["as the due date please put", "as the due date please write", "as the due date please use", "as due date please put", "as due date please write", "as the due date put", "as the due date write", "for the due date please put", "for the due date please use", "for the due date put"],
		examples: [["As the due date please put 11 December 2026, that's when our fee comes in.", "2026-12-11"], ["For the due date please use 15/12/2026.", "2026-12-15"]],
		ignores: ["As the due date please put whatever is usual.", "For the delivery date please use 15/12/2026."],
	},
	{
		lang: "fr",
		before: ["nous préférons payer avant le", "nous préférerions payer avant le", "nous souhaitons payer avant le", "nous souhaiterions payer avant le", "nous aimerions payer avant le", "on préfère payer avant le", "je préfère payer avant le", "nous préférons régler avant le", "nous souhaitons régler avant le", "nous souhaiterions régler avant le", "nous payons avant le"],
		examples: [["Nous préférons régler avant le 15 décembre 2026, merci de prendre cette date comme échéance.", "2026-12-15"], ["Nous souhaiterions payer avant le 18/12/2026.", "2026-12-18"]],
		ignores: ["Nous préférons recevoir les fichiers avant le 15 décembre.", "Nous préférons payer par virement."],
	},
	{
		lang: "es",
		before: ["preferimos pagar antes del", "preferiríamos pagar antes del", "queremos pagar antes del", "quisiéramos pagar antes del", "nos gustaría pagar antes del", "preferimos pagar el", "pagamos antes del", "prefiero pagar antes del"],
		examples: [["Preferimos pagar antes del 15 de diciembre de 2026, así que pon esa fecha como vencimiento.", "2026-12-15"], ["Nos gustaría pagar antes del 18/12/2026.", "2026-12-18"]],
		ignores: ["Preferimos recibir los archivos antes del 15 de diciembre.", "Preferimos pagar por transferencia."],
	},
	{
		lang: "pt",
		before: ["preferimos pagar até", "preferíamos pagar até", "queremos pagar até", "gostaríamos de pagar até", "preferimos pagar antes de", "gostaríamos de pagar antes de", "pagamos antes de"],
		examples: [["Preferimos pagar até 15 de dezembro de 2026, por isso coloque essa data como vencimento.", "2026-12-15"], ["Gostaríamos de pagar até 18/12/2026.", "2026-12-18"]],
		ignores: ["Preferimos receber os arquivos até 15 de dezembro.", "Preferimos pagar via Pix."],
	},
	{
		lang: "it",
		before: ["preferiamo pagare entro il", "preferiremmo pagare entro il", "vorremmo pagare entro il", "vorremmo pagare prima del", "preferiamo pagare prima del", "paghiamo volentieri entro il", "paghiamo entro il"],
		examples: [["Preferiamo pagare entro il 15 dicembre 2026, quindi metti quella data come scadenza.", "2026-12-15"], ["Vorremmo pagare prima del 18/12/2026.", "2026-12-18"]],
		ignores: ["Preferiamo ricevere i file entro il 15 dicembre.", "Preferiamo pagare con bonifico."],
	},
	// When the payment will be made, in a future tense: "until" as a second-language writer puts it for "by" ("Payment
	// will be done until December 25, 2026 by bank transfer"), and the same clause in each language ("die Zahlung
	// erfolgt bis zum", "el pago se hará hasta el", "o pagamento será feito até"). The word for payment names what is
	// due; "we can't pay until" (not before) stays none, as the English row's ignores hold.
	{
		lang: "en",
		before: ["payment will be done until", "payment will be made until", "payment will be until", "payment will be completed until", "payment will be done till", "payment will be made till", "payment will be completed by", "payment will be sent by", "payment will be sent until", "we will pay until", "we'll pay until", "we will make payment until", "we will make the payment until", "we will make payment by", "we will make the payment by", "we will do the payment until", "we will do the payment by", "we will transfer until", "invoice will be paid until", "invoice will be paid by"],
		examples: [
			["Payment will be done until 20 December 2026, please write it on the invoice.", "2026-12-20"],
			["We will make the payment until December 18, 2026 by bank transfer.", "2026-12-18"],
			["Payment will be completed by 15/12/2026 as per our rule.", "2026-12-15"],
			["The invoice will be paid until 2026/12/21.", "2026-12-21"],
		],
		ignores: ["We can't pay until 15 December.", "Payment will be done until the end of the year.", "We won't make the payment until the files are in.", "Payment will be sent by bank transfer."],
	},
	{
		lang: "de",
		before: ["Zahlung erfolgt bis zum", "Zahlung erfolgt bis", "Zahlung erfolgt spätestens am", "Zahlung erfolgt spätestens zum", "Zahlung wird bis zum", "Überweisung erfolgt bis zum", "Überweisung erfolgt bis", "Rechnung wird bis zum", "zahlen wir bis zum", "überweisen wir bis zum"],
		examples: [["Die Zahlung erfolgt bis zum 18.12.2026 per Überweisung.", "2026-12-18"], ["Die Überweisung erfolgt bis 15. Dezember 2026.", "2026-12-15"], ["Wie immer zahlen wir bis zum 20.12.2026.", "2026-12-20"]],
		ignores: ["Die Zahlung erfolgt bis Monatsende.", "Die Lieferung erfolgt bis zum 18.12.2026."],
	},
	{
		lang: "es",
		before: ["pago se hará hasta el", "pago se realizará hasta el", "pago se efectuará hasta el", "pago se hará antes del", "pago se realizará antes del", "pago se efectuará antes del", "pago será hasta el", "pagaremos hasta el", "pagaremos antes del", "transferencia se hará hasta el", "factura se pagará hasta el", "factura se pagará antes del"],
		examples: [["El pago se realizará hasta el 18 de diciembre de 2026 por transferencia.", "2026-12-18"], ["Pagaremos hasta el 15/12/2026, como dice nuestra política.", "2026-12-15"]],
		ignores: ["El pago se realizará hasta fin de mes.", "La entrega se hará hasta el 18 de diciembre."],
	},
	{
		lang: "fr",
		before: ["paiement sera effectué jusqu'au", "paiement sera effectué jusqu’au", "paiement sera fait avant le", "paiement sera fait jusqu'au", "paiement sera fait jusqu’au", "paiement se fera avant le", "paiement se fera jusqu'au", "paiement se fera jusqu’au", "paiement se fera au plus tard le", "règlement se fera avant le", "règlement se fera au plus tard le", "règlement sera fait avant le", "facture sera réglée avant le", "facture sera payée avant le"],
		examples: [["Le paiement se fera au plus tard le 18 décembre 2026.", "2026-12-18"], ["La facture sera réglée avant le 15/12/2026, selon notre règle.", "2026-12-15"]],
		ignores: ["Le paiement se fera avant la fin du mois.", "La livraison se fera avant le 18 décembre."],
	},
	{
		lang: "pt",
		before: ["pagamento será feito até", "pagamento será efetuado até", "pagamento será efectuado até", "pagamento será realizado até", "pagamento será feito até o dia", "pagamento será efetuado até o dia", "pagamento será feito até ao dia", "pagamento será efectuado até ao dia", "pagamento sai até", "pagamento sai até o dia", "fatura será paga até", "pagaremos até", "pagaremos até o dia"],
		examples: [["O pagamento será feito até 18/12/2026 por transferência.", "2026-12-18"], ["O pagamento será efectuado até ao dia 15 de dezembro.", "2026-12-15"]],
		ignores: ["O pagamento será feito até o fim do mês.", "A entrega será feita até 18/12/2026."],
	},
	{
		lang: "it",
		before: ["pagamento sarà effettuato entro il", "pagamento verrà effettuato entro il", "pagamento avverrà entro il", "pagamento sarà fatto entro il", "bonifico sarà effettuato entro il", "bonifico verrà effettuato entro il", "fattura sarà pagata entro il", "fattura verrà pagata entro il", "fattura sarà saldata entro il"],
		examples: [["Il pagamento sarà effettuato entro il 18/12/2026 con bonifico.", "2026-12-18"], ["La fattura verrà pagata entro il 15 dicembre 2026.", "2026-12-15"]],
		ignores: ["Il pagamento avverrà entro fine mese.", "La consegna sarà effettuata entro il 18 dicembre."],
	},
	{
		lang: "nl",
		before: ["betaling gebeurt vóór", "betaling gebeurt voor", "betaling gebeurt uiterlijk op", "betaling zal gebeuren vóór", "betaling zal gebeuren voor", "betaling wordt gedaan vóór", "betaling wordt gedaan voor", "factuur wordt betaald vóór", "factuur wordt betaald voor", "factuur wordt uiterlijk op"],
		examples: [["De betaling gebeurt vóór 18-12-2026 per overschrijving.", "2026-12-18"], ["De factuur wordt betaald voor 15 december 2026.", "2026-12-15"]],
		ignores: ["De betaling gebeurt voor het einde van de maand.", "De levering gebeurt vóór 18 december."],
	},
	// A payment date as a label, "on or before", and "at the latest" ("Payment date: 2026/12/25", "payment on or before
	// December 25", "die Zahlung erfolgt bis spätestens …", "pagamento até dia 20/12").
	{
		lang: "en",
		before: ["payment will be done before", "payment will be made before", "payment will be on or before", "payment on or before", "pay on or before", "paid on or before", "we shall pay until", "we shall pay by", "we shall pay before", "payment latest by", "payment at the latest by", "payment date:", "payment date is", "payment date will be", "pay date:", "date of payment:"],
		examples: [["Payment will be done before December 25, 2026.", "2026-12-25"], ["We shall pay until 25 December 2026.", "2026-12-25"], ["Payment date: 2026/12/25", "2026-12-25"], ["Payment on or before 18.12.2026, please.", "2026-12-18"]],
		ignores: ["Payment date: to be agreed.", "Payment will be made before the shoot."],
	},
	{
		lang: "de",
		before: ["Zahlung erfolgt bis spätestens", "Zahlung erfolgt spätestens bis", "Zahlung erfolgt spätestens bis zum", "Zahlungsdatum:", "Zahlungsdatum"],
		examples: [["Die Zahlung erfolgt bis spätestens 20.12.2026.", "2026-12-20"], ["Zahlungsdatum: 18.12.2026", "2026-12-18"]],
		ignores: ["Die Zahlung erfolgt bis spätestens Ende des Monats."],
	},
	{
		lang: "fr",
		before: ["paiement sera fait au plus tard le", "règlement sera fait au plus tard le", "règlement sera effectué au plus tard le", "date de paiement :", "date de paiement"],
		examples: [["Le paiement sera fait au plus tard le 20/12/2026.", "2026-12-20"], ["Date de paiement : 18 décembre 2026", "2026-12-18"]],
		ignores: ["Le paiement sera fait au plus tard à la fin du mois."],
	},
	{
		lang: "es",
		before: ["pagaremos a más tardar el", "pagamos a más tardar el", "fecha de pago:"],
		examples: [["Pagaremos a más tardar el 20/12/2026.", "2026-12-20"]],
		ignores: ["Pagaremos a más tardar a fin de mes."],
	},
	{
		lang: "pt",
		before: ["pagamento até dia", "pagar até dia", "pagamos até dia", "pagaremos até dia", "data de pagamento:", "data de pagamento"],
		examples: [["Pagamento até dia 20/12/2026.", "2026-12-20"], ["Data de pagamento: 18/12/2026", "2026-12-18"]],
		ignores: ["Pagamento até dia útil seguinte."],
	},
	// How the customer pays, written in full between the payment and "até ao dia" as Portugal writes it ("o pagamento
	// será efetuado por transferência bancária até ao dia 5 de dezembro"): the means named, never a bare "até ao dia"
	// (the work or a delivery may be "até ao dia" too).
	{
		lang: "pt",
		before: ["por transferência bancária até", "por transferência bancária até ao dia", "por transferência bancária até o dia", "por transferência bancária até dia", "por transferência até ao dia", "por transferência até dia", "via transferência bancária até", "via transferência bancária até ao dia", "por MB Way até", "por MB Way até ao dia", "pagamento será efetuado até", "pagamento será efetuado até ao dia", "pagamento será feito até ao dia", "pagamento será efectuado até ao dia"],
		examples: [["Pagaremos por transferência bancária até ao dia 9 de dezembro de 2026.", "2026-12-09"], ["A fatura é liquidada por transferência bancária até dia 12/12/2026.", "2026-12-12"], ["O pagamento será efetuado até ao dia 15 de dezembro.", "2026-12-15"]],
		ignores: ["A entrega das fotos será até ao dia 15 de dezembro.", "Pagamos sempre por transferência bancária.", "O trabalho será efetuado até ao dia 10 de dezembro."],
	},
	// The due date set by an instruction, the verb's preposition between the label and the date ("Please set the due date
	// at 15/12/2026", "Fälligkeitsdatum bitte auf den 10.12.2026 setzen", "pon la fecha de vencimiento al 10/12/2026",
	// "merci de mettre l'échéance au 10/12/2026", "graag de vervaldatum op 10-12-2026 zetten"): the label names the
	// invoice's due date itself, so the date right after it is that date; a delivery date set so gives none.
	{
		lang: "en",
		before: ["due date at", "the due date at", "due date to be", "due date set to", "due date set at", "due date should be set to", "due date is set to", "due date be set to", "due date can be set to", "due date could be set to"],
		examples: [
			["Please set the due date at 15/12/2026.", "2026-12-15"],
			["Could you put the due date at 10 December 2026?", "2026-12-10"],
			["We need the due date to be 18.12.2026.", "2026-12-18"],
			["The due date should be set to 10.12.2026, as agreed.", "2026-12-10"],
			["Please have the due date set to 2026-12-18.", "2026-12-18"],
		],
		ignores: ["Please set the delivery date at 15/12/2026.", "The due date at your end is fine.", "Please set the due date at 30 days."],
	},
	{
		lang: "de",
		before: ["Fälligkeitsdatum auf", "Fälligkeitsdatum bitte auf", "Fälligkeitsdatum gerne auf", "Fälligkeit auf", "Fälligkeit bitte auf", "Fälligkeit gerne auf", "Zahlungsziel auf", "Zahlungsziel bitte auf", "Zahlungsziel gerne auf"],
		examples: [
			["Fälligkeitsdatum bitte auf den 10.12.2026 setzen.", "2026-12-10"],
			["Bitte setzen Sie das Fälligkeitsdatum auf den 10. Dezember 2026.", "2026-12-10"],
			["Fälligkeit bitte auf 10.12. setzen, danke.", "2026-12-10"],
			["Kannst du das Zahlungsziel auf den 15.12.2026 legen?", "2026-12-15"],
		],
		ignores: ["Das Fälligkeitsdatum auf der Rechnung ist uns egal.", "Lieferdatum bitte auf den 10.12.2026 setzen.", "Zahlungsziel bitte auf 30 Tage setzen."],
	},
	{
		lang: "es",
		before: ["fecha de vencimiento al", "fecha de vencimiento para el", "fecha de vencimiento para", "fecha de vencimiento en el", "vencimiento para el"],
		examples: [
			["Pon la fecha de vencimiento al 10/12/2026, porfa.", "2026-12-10"],
			["Por favor, deje la fecha de vencimiento para el 15 de diciembre de 2026.", "2026-12-15"],
		],
		ignores: ["Pon la fecha de entrega al 10/12/2026.", "La fecha de vencimiento al final da igual."],
	},
	{
		lang: "fr",
		before: ["échéance", "échéance :", "l'échéance au", "l’échéance au", "échéance fixée le", "échéance de paiement", "échéance du paiement", "date limite de paiement", "date limite de règlement", "date limite de paiement au"],
		examples: [
			["Merci de mettre l'échéance au 10/12/2026.", "2026-12-10"],
			["Échéance : 10.12.2026", "2026-12-10"],
			["Échéance 15 décembre 2026, merci.", "2026-12-15"],
			["Échéance de paiement : 10/12/2026.", "2026-12-10"],
			["Date limite de paiement : 18 décembre 2026.", "2026-12-18"],
		],
		ignores: ["Merci de mettre la livraison au 10/12/2026.", "Échéance à 30 jours, comme d'habitude.", "L'échéance, on en reparle."],
	},
	{
		lang: "pt",
		before: ["vencimento para o", "data de vencimento para", "data de vencimento para o dia", "data de vencimento em"],
		examples: [
			["Pode pôr a data de vencimento para 10/12/2026?", "2026-12-10"],
			["Coloque a data de vencimento para o dia 15 de dezembro.", "2026-12-15"],
		],
		ignores: ["Pode pôr a data de entrega para 10/12/2026?", "A data de vencimento para nós tanto faz."],
	},
	{
		lang: "it",
		before: ["scadenza al", "data di scadenza al", "scadenza per il", "data di scadenza per il"],
		examples: [
			["Per favore imposti la data di scadenza al 10 dicembre 2026.", "2026-12-10"],
			["Metti la scadenza per il 15/12/2026, grazie.", "2026-12-15"],
		],
		ignores: ["Metti la consegna al 10/12/2026.", "La scadenza per il pagamento è a 30 giorni."],
	},
	{
		lang: "nl",
		before: ["vervaldatum", "vervaldatum:", "vervaldatum op", "vervaldag op"],
		examples: [
			["Graag de vervaldatum op 10-12-2026 zetten.", "2026-12-10"],
			["Kun je de vervaldatum op 10/12 zetten?", "2026-12-10"],
			["Vervaldatum: 15 december 2026", "2026-12-15"],
		],
		ignores: ["Graag de leverdatum op 10-12-2026 zetten.", "De vervaldatum op de factuur klopt niet.", "Vervaldatum graag over 14 dagen."],
	},
	// "Put the due date as 30-Nov-2026", as India writes it: "as" between the words and the date.
	{
		lang: "en",
		before: ["due date as", "payment due date as", "the due date as", "put the due date as", "keep the due date as", "mention the due date as", "due date should be", "due date must be", "due date needs to be"],
		examples: [["Kindly keep the payment due date as 04-Dec-2026 only.", "2026-12-04"], ["The due date should be 15 December 2026.", "2026-12-15"], ["Please mention the due date as 10 December 2026.", "2026-12-10"]],
		ignores: ["The due date should be whatever your terms say.", "Keep the due date as usual."],
	},
	// The payment date agreed before and recalled ("I know you wanted the payment by 20.11.2026 … please keep that due
	// date", "we had agreed on payment by 20 November"): "payment by" with the date at once; how one pays ("payment by
	// card") gives none.
	{
		lang: "en",
		before: ["payment by", "payment latest on", "the payment by"],
		examples: [["I know you wanted the payment by 20.12.2026, please keep that due date.", "2026-12-20"], ["We had agreed on payment by 18 December.", "2026-12-18"]],
		ignores: ["Payment by card, as usual.", "Payment by bank transfer, as always."],
	},
	{
		lang: "de",
		before: ["Zahlung bis zum", "Zahlung bis"],
		examples: [["Wir hatten Zahlung bis zum 18.12.2026 vereinbart, das bitte so lassen.", "2026-12-18"]],
		ignores: ["Zahlung bis Monatsende, wie immer."],
	},
	{
		lang: "nl",
		before: ["betaling vóór", "betaling voor", "betaling uiterlijk op"],
		examples: [["We hadden betaling vóór 18 december 2026 afgesproken.", "2026-12-18"]],
		ignores: ["Betaling voor het logo volgt later."],
	},
	// Words that name the due date or the payment, then "at the latest" before the date: "mit Fälligkeit spätestens 31.
	// Dezember", "payable no later than 18 December", "fecha de vencimiento a más tardar el 20/12", "à payer au plus tard
	// le 10/12", "vencimento o mais tardar em 15/12", "da pagare entro e non oltre il 18/12", "te betalen uiterlijk op
	// 18-12". Only after such words: "Lieferung spätestens 15. Dezember" or "send the invoice no later than …" name no
	// due date.
	{
		lang: "en",
		before: atTheLatest(["due date", "a due date", "the due date", "payment due", "payable", "paid", "settled", "payment date", "payment date should be", "payment date must be", "due date should be", "due date must be"], ["no later than", "not later than", "at the latest by", "at the latest on"]),
		examples: [
			["Please send it with a due date no later than December 15, 2026.", "2026-12-15"],
			["Payable no later than 18 December 2026, as our year closes.", "2026-12-18"],
			["The payment date should be no later than 20 December 2026.", "2026-12-20"],
		],
		ignores: ["Please send the invoice no later than December 15, 2026.", "The files are to be delivered no later than 18 December 2026."],
	},
	{
		lang: "de",
		before: atTheLatest(["Fälligkeit", "mit Fälligkeit", "fällig", "zahlbar", "Zahlungsziel", "zu zahlen", "zu bezahlen", "bezahlt", "beglichen", "Zahlung"], ["spätestens am", "spätestens zum", "spätestens bis zum", "spätestens bis", "spätestens", "bis spätestens zum", "bis spätestens am", "bis spätestens"]),
		examples: [
			["Darum bitte mit Fälligkeit spätestens 31. Dezember 2026.", "2026-12-31"],
			["Zahlbar spätestens 20.12.2026 bitte.", "2026-12-20"],
			["Bitte mit Fälligkeit bis spätestens 10. Dezember 2026.", "2026-12-10"],
			["Zahlungsziel spätestens 15.12.2026.", "2026-12-15"],
			["Die Rechnung ist fällig spätestens am 15. Dezember 2026.", "2026-12-15"],
		],
		ignores: ["Lieferung spätestens 15. Dezember 2026.", "Die Rechnung bitte spätestens am 20.12.2026 schicken.", "Zahlbar spätestens Ende Monat."],
	},
	{
		lang: "es",
		before: atTheLatest(["vencimiento", "fecha de vencimiento", "con vencimiento", "pagadera", "pagar", "pagarla", "pagada", "fecha de pago"], ["a más tardar el", "a más tardar", "a mas tardar el", "a mas tardar", "como máximo el", "como muy tarde el"]),
		examples: [
			["Fecha de vencimiento a más tardar el 20/12/2026, por favor.", "2026-12-20"],
			["Que sea pagadera a más tardar el 18 de diciembre.", "2026-12-18"],
			["Para pagar a más tardar el 12/12/2026.", "2026-12-12"],
		],
		ignores: ["Envíame la factura a más tardar el 15 de diciembre.", "La entrega a más tardar el 10/12/2026."],
	},
	{
		lang: "fr",
		before: atTheLatest(["échéance", "date d'échéance", "date d’échéance", "avec échéance", "payable", "à payer", "à régler", "payée", "réglée", "date de paiement"], ["au plus tard le", "au plus tard au", "au plus tard"]),
		examples: [
			["Merci d'établir la facture, payable au plus tard le 18/12/2026.", "2026-12-18"],
			["Date d'échéance au plus tard le 20 décembre stp.", "2026-12-20"],
			["La facture du flyer à payer au plus tard le 10/12/2026.", "2026-12-10"],
		],
		ignores: ["Merci d'envoyer la facture au plus tard le 18/12/2026.", "Livraison au plus tard le 10 décembre."],
	},
	{
		lang: "pt",
		before: atTheLatest(["vencimento", "data de vencimento", "com vencimento", "pagar", "paga", "pago", "pagamento", "data de pagamento"], ["o mais tardar em", "o mais tardar a", "o mais tardar até", "o mais tardar até o dia", "o mais tardar", "no máximo até o dia", "no máximo até dia", "no máximo até", "no máximo em", "no máximo dia"]),
		examples: [
			["Data de vencimento o mais tardar a 20/12/2026.", "2026-12-20"],
			["Manda a fatura do site, vencimento no máximo até 18/12/2026, tá?", "2026-12-18"],
			["Preciso da fatura do folheto para pagar o mais tardar até 10/12/2026.", "2026-12-10"],
		],
		ignores: ["Manda a fatura o mais tardar até 10/12/2026.", "Entrega no máximo até 18/12."],
	},
	{
		lang: "it",
		before: atTheLatest(["scadenza", "con scadenza", "data di scadenza", "da pagare", "pagare", "pagata", "da saldare", "saldata", "pagamento"], ["entro e non oltre il", "entro e non oltre", "non oltre il", "al più tardi il", "al più tardi entro il"]),
		examples: [
			["Vi chiedo la fattura per il sito web, da pagare entro e non oltre il 18/12/2026.", "2026-12-18"],
			["Scadenza non oltre il 12/12/2026 per favore.", "2026-12-12"],
			["Data di scadenza al più tardi il 20 dicembre.", "2026-12-20"],
		],
		ignores: ["Consegna entro e non oltre il 15 dicembre 2026.", "Mandami la fattura non oltre il 10/12/2026."],
	},
	{
		lang: "nl",
		before: atTheLatest(["vervaldatum", "met vervaldatum", "vervaldag", "te betalen", "betaalbaar", "betaaldatum"], ["uiterlijk op", "uiterlijk", "ten laatste op", "ten laatste"]),
		examples: [
			["Graag betaalbaar uiterlijk op 10/12/2026.", "2026-12-10"],
			["Vervaldatum uiterlijk 20 december graag.", "2026-12-20"],
			["De factuur te betalen ten laatste op 18-12-2026.", "2026-12-18"],
		],
		ignores: ["Graag een factuur, uiterlijk op 18-12-2026 versturen.", "Levering uiterlijk 20 december."],
	},
];

/** A payment that must happen by a date, with the date before the verb ("die Zahlung muss bis zum 15.12.2026 erfolgen",
 * "de betaling moet vóór 15 december gebeuren"): each word for payment, each verb of must, each word before the date,
 * then each verb after it. */
function mustAround(subjects: string[], modals: string[], preps: string[], afters: string[]): [string, string][] {
	return afters.flatMap((a) => subjects.flatMap((s) => modals.flatMap((m) => preps.map((p): [string, string] => [`${s} ${m} ${p}`, a]))));
}

/** Each word naming the due date or the payment, followed by each word for "at the latest". */
function atTheLatest(due: string[], latest: string[]): string[] {
	return due.flatMap((d) => latest.map((l) => `${d} ${l}`));
}

/** Words that speak of when payment is made, by language: a sentence with one of them and a date still to come, from
 * which no due date (and no terms) could be read, holds a due date the reader does not know how to read ("Payment will
 * be made at end of next month (2026年12月31日)" before that was known). The draft would leave it out, so it is asked
 * about. Not where the sentence names the invoice ("send the invoice by 15 December"), a payment already made or a
 * deposit, or puts "for" before the date ("the payment for the 12 December workshop"). The examples run as tests
 * (tests/connectors/gmail/due-date.test.ts): each `asks` sentence asks, each `ignores` one does not. */
export const PAYMENT_WHEN: { lang: string; words: string[]; asks: string[]; ignores: string[] }[] = [
	{ lang: "en", words: ["payment", "pay", "payable", "settle", "settlement", "remit", "due date"], asks: ["Payment will happen around the close of our books (31.12.2026).", "About the due date, keep the one agreed back then, that is 10/11/2026.", "We plan to settle it after our board meets on December 18, 2026."], ignores: ["We paid the deposit on 2 December 2026.", "Please send the invoice by 15 December 2026 so we can pay it this year.", "The payment for the 12 December 2026 workshop is in the lines.", "The shoot is on 12 December 2026.", "The due date for the project files was 10 November 2026.", "Our project due date was 10 November 2026."] },
	{ lang: "de", words: ["Zahlung", "zahlen", "zahlbar", "bezahlen", "überweisen", "Überweisung", "Fälligkeit", "Fälligkeitsdatum", "Zahlungsziel", "fällig"], asks: ["Die Zahlung erfolgt nach unserer Vorstandssitzung am 18.12.2026."], ignores: ["Bitte die Rechnung bis 15.12.2026 schicken, damit wir noch zahlen können."] },
	{ lang: "es", words: ["pago", "pagar", "pagaremos", "pagamos", "vencimiento", "transferencia"], asks: ["El pago lo hacemos tras el cierre contable del 18/12/2026."], ignores: ["Mándame la factura antes del 15/12/2026 para pagarla este año."] },
	{ lang: "fr", words: ["paiement", "payer", "paierons", "règlement", "régler", "réglerons", "échéance", "virement"], asks: ["Le paiement se fera après notre conseil du 18/12/2026."], ignores: ["Merci d'envoyer la facture avant le 15/12/2026 pour que nous puissions la payer."] },
	{ lang: "pt", words: ["pagamento", "pagar", "pagaremos", "vencimento", "transferência"], asks: ["O pagamento sai depois do fecho de contas de 18/12/2026.", "O pagamento segue por transferência logo depois do fecho de 18/12/2026."], ignores: ["Mande a fatura até 15/12/2026 para podermos pagar este ano."] },
	{ lang: "it", words: ["pagamento", "pagare", "pagheremo", "scadenza", "bonifico", "saldo"], asks: ["Il pagamento avverrà dopo il consiglio del 18/12/2026.", "Sulla scadenza: teniamo quella concordata, vale a dire il 10/11/2026."], ignores: ["Mandami la fattura entro il 15/12/2026 così la paghiamo quest'anno."] },
	{ lang: "nl", words: ["betaling", "betalen", "betaaldatum", "vervaldatum", "vervaldag", "overmaken"], asks: ["De betaling volgt na onze bestuursvergadering van 18-12-2026."], ignores: ["Stuur de factuur vóór 15-12-2026, dan kunnen we nog dit jaar betalen."] },
];
/** A sentence that speaks of the invoice itself, a payment made or a deposit: its date is no due date. */
const NOT_WHEN_DUE = /(?<![\p{L}])(?:invoice|bill|rechnung|factura|facture|fattura|factuur|fatura|paid|bezahlt|überwiesen|pagado|pagamos|payé|réglé|pago efectuado|pagou|pagato|betaald|overgemaakt|deposit|anzahlung|anticipo|acompte|sinal|aanbetaling|due to)(?![\p{L}])/iu;
/** "For" before the date: the date is what is paid for ("the payment for the 12 December workshop") — but not "por"/"per"
 * naming how it is paid ("por transferência bancária até ao dia 5", "per bonifico entro il 15"). */
const FOR_BEFORE = /(?<![\p{L}])(?:for|für|pour|por|para|per|voor)(?![\p{L}])(?!\s+(?:(?:bank|wire)\s+)?(?:transfer|transferência|transferencia|bonifico|Überweisung|Banküberweisung|overschrijving|virement|PayPal|Pix|MB\s+Way|cheque|check|assegno|cheque)(?![\p{L}]))/iu;
/** The due date named as such, in each language: a past date beside it is the due date, not a payment made. */
const DUE_NOUN = /(?<![\p{L}])(?:due\s+date|scadenza|data\s+di\s+scadenza|vencimento|vencimiento|échéance|Fälligkeit|Fälligkeitsdatum|Zahlungsziel|vervaldatum|vervaldag)(?![\p{L}])/iu;
/** Work, delivery or an event beside the due noun: its date may be the work's deadline, not the invoice's. */
const WORK_WORD = /(?<![\p{L}])(?:project|delivery|deliver|files|shoot|event|progetto|consegna|evento|entrega|proyecto|projeto|livraison|projet|événement|Lieferung|Projekt|Veranstaltung|levering|project|evenement)(?![\p{L}])/iu;
let whenCompiled: RegExp | null = null;
let dateAnywhere: RegExp | null = null;

/** Times that name no day the reader can place ("on the 15th", "by the end of January", "before Christmas", "Ende
 * Januar", "fin janvier", "a finales de mes"), by language; `MONTH` stands for any month's name. After words that
 * make a date due ("due", "payable", "must be paid by", "fällig", "échéance", "vence", "scadenza"), the draft would leave
 * out a due date the email gives, so which date is asked. When the customer only says when they will pay ("We will pay
 * at the end of next month, as is our custom"), no due date is asked for and none is set. The examples run as
 * tests (tests/connectors/gmail/due-date-unplaced.test.ts): each `asks` sentence asks, each `ignores` one does not. */
export const UNPLACED_WHEN: { lang: string; times: string[]; asks: string[]; ignores: string[] }[] = [
	{
		lang: "en",
		times: [String.raw`the\s+\d{1,2}(?:st|nd|rd|th)(?!\s+(?:of\s+)?(?:MONTH))`, String.raw`(?:the\s+)?(?:end|middle|beginning|start|close)\s+of\s+(?:the\s+|this\s+|next\s+|the\s+following\s+)?(?:month|year|quarter|MONTH)`, String.raw`mid-?\s*MONTH`, String.raw`(?:early|late)\s+MONTH`, "Christmas", "Xmas", "New Year", String.raw`year[- ]end`, String.raw`month[- ]end`, "Easter"],
		asks: ["Payment is due on the 15th.", "Please make it due by the end of January.", "It must be paid by mid-December.", "Due date: end of next month.", "Please make it payable by the 20th."],
		ignores: ["Payment due by 15 December.", "Please send the invoice by the end of the month.", "The shoot was on the 15th.", "Payment is due on the 15th of December.", "We will pay by bank transfer at the end of next month, as is our custom."],
	},
	{
		lang: "de",
		times: [String.raw`Ende\s+(?:des\s+|nächsten\s+|dieses\s+)?(?:Monats|Jahres|Quartals|MONTH)`, String.raw`(?:Anfang|Mitte)\s+(?:des\s+)?(?:Monats|MONTH)`, "Monatsende", "Jahresende", "Weihnachten"],
		asks: ["Zahlbar bis Ende Januar.", "Fällig zur Mitte des Monats, bitte."],
		ignores: ["Zahlbar bis 15. Januar 2027.", "Wir zahlen wie immer Ende des Monats."],
	},
	{
		lang: "es",
		times: [String.raw`(?:finales|fin|principios|mediados)\s+de(?:l)?\s+(?:mes|año|MONTH)`, String.raw`el\s+día\s+\d{1,2}(?!\s+de\s+(?:MONTH))`, "Navidad"],
		asks: ["El pago vence a finales de enero.", "Con vencimiento el día 20, por favor."],
		ignores: ["El vencimiento es el 20 de diciembre de 2026.", "Pagaremos el día 20, como siempre."],
	},
	{
		lang: "fr",
		times: [String.raw`(?:fin|début|mi-)\s*(?:du\s+mois|de\s+l['’]année|MONTH)`, "Noël"],
		asks: ["Échéance fin janvier, merci.", "Merci de mettre l'échéance à mi-février."],
		ignores: ["Échéance le 18 décembre 2026.", "Le règlement se fera début février."],
	},
	{
		lang: "pt",
		times: [String.raw`(?:final|fim|início|inicio|meados)\s+de\s+(?:mês|ano|MONTH)`, String.raw`(?:o\s+)?dia\s+\d{1,2}(?!\s+de\s+(?:MONTH))`, "Natal"],
		asks: ["O pagamento vence no fim de janeiro.", "Vencimento dia 10, por favor."],
		ignores: ["Vencimento até 10 de dezembro de 2026."],
	},
	{
		lang: "it",
		times: [String.raw`(?:fine|inizio|metà)\s+(?:mese|anno|MONTH)`, "Natale"],
		asks: ["Scadenza a fine gennaio, grazie.", "La scadenza è a metà mese."],
		ignores: ["Scadenza il 15 dicembre 2026.", "Pagamento a fine gennaio come sempre."],
	},
	{
		lang: "nl",
		times: [String.raw`(?:eind|begin|half|medio)\s+(?:van\s+de\s+maand|MONTH)`, "kerst"],
		asks: ["Te betalen eind januari.", "De vervaldatum is half december."],
		ignores: ["Te betalen vóór 12 december 2026."],
	},
];
/** Words that say a payment falls due, even in a sentence naming the invoice ("make the invoice due by …"). */
const DUE_CUE = /(?<![\p{L}])(?:due(?!\s+to)|be\s+(?:paid|settled)\s+(?:by|before|until)|payable|fällig|zahlbar|vence|vencimiento|échéance|vencimento|scadenza|scade|vervaldatum|te\s+betalen)(?![\p{L}])/iu;
let unplacedCompiled: RegExp | null = null;

/** The first sentence that speaks of when payment falls due and gives only a time no day can be read from ("due on the
 * 15th", "bis Ende Januar"); or null. */
export function unplacedDueSentence(text: string): string | null {
	unplacedCompiled ??= new RegExp(String.raw`(?<![\p{L}])(?:${UNPLACED_WHEN.flatMap((r) => r.times).join("|").replace(/MONTH/g, `(?:${MONTHS.flat().join("|")})`)})(?![\p{L}])`, "iu");
	for (const s of sentences(text)) {
		const cue = DUE_CUE.exec(s);
		if (cue && unplacedCompiled.test(s.slice(cue.index))) return s;
	}
	return null;
}

/** The first sentence that speaks of when payment is made and writes a date still to come (by `read`, which gives
 * each reading of a written date as YYYY-MM-DD), with no "for" before that date; or null. */
export function paymentWhenSentence(text: string, today: string, read: (written: string) => string[]): string | null {
	whenCompiled ??= new RegExp(String.raw`(?<![\p{L}])(?:${alt(PAYMENT_WHEN.flatMap((r) => r.words))})(?![\p{L}])`, "iu");
	dateAnywhere ??= new RegExp(String.raw`(?<![\p{L}\p{N}])(?<d>${DATE_START})`, "giu");
	if (!whenCompiled.test(text)) return null;
	for (const s of sentences(text)) {
		if (!whenCompiled.test(s) || NOT_WHEN_DUE.test(s)) continue;
		for (const m of s.matchAll(dateAnywhere)) {
			if (FOR_BEFORE.test(s.slice(0, m.index))) break;
			const d = m.groups!["d"]!;
			// A day and month alone in digits may be an amount ("12.10"): only a date with its year, or a month's name.
			if (!/\d{4}|\p{L}/u.test(d)) continue;
			// A date already past is asked about too where the sentence names the due date itself ("quanto alla scadenza
			// …, ossia il 20 novembre"): no payment made is spoken of there, and the draft would leave it out unseen.
			const dates = read(d);
			if (dates.some((x) => x > today) || (dates.length > 0 && DUE_NOUN.test(s) && !WORK_WORD.test(s))) return s;
		}
	}
	return null;
}

/** A date already past in a sentence that names the due date itself ("quanto alla scadenza, … ossia il 20 novembre
 * 2026"), read one way only: the due date the email gives. A past due date is only shown on the draft, never set. */
export function pastDueNounDate(text: string, today: string, read: (written: string) => string[]): string | null {
	if (!DUE_NOUN.test(text)) return null;
	dateAnywhere ??= new RegExp(String.raw`(?<![\p{L}\p{N}])(?<d>${DATE_START})`, "giu");
	for (const s of sentences(text)) {
		if (!DUE_NOUN.test(s) || NOT_WHEN_DUE.test(s) || WORK_WORD.test(s)) continue;
		const found = [...s.matchAll(dateAnywhere)].filter((m) => /\d{4}|\p{L}/u.test(m.groups!["d"]!));
		// A month's name or the year first: "10/11/2026" may be either month, and a wrong date shown is worse than a question.
		if (found.length !== 1 || !/\p{L}|^\d{4}[-/]/u.test(found[0]!.groups!["d"]!) || FOR_BEFORE.test(s.slice(0, found[0]!.index))) continue;
		const dates = [...new Set(read(found[0]!.groups!["d"]!))];
		if (dates.length === 1 && dates[0]! < today) return dates[0]!;
	}
	return null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+").replace(/['’]/g, "['’]");
const alt = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join("|");
const MONTH_START = MONTHS.flat().map((m) => m.slice(0, 3)).join("|");
/** A date right after the words: digits ("15.12.2026", "2026-12-18", "11. Dezember") or a month name ("December 15"). */
const DATE_START = String.raw`(?:\d{4}[-/]\d{1,2}[-/]\d{1,2}|(?:\d{4}[ \t]*[年년][ \t]*)?\d{1,2}[ \t]*[月월][ \t]*\d{1,2}[ \t]*[日일]|\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?|\d{1,2}(?:st|nd|rd|th|er|º)?\.?\s*(?:de\s+|of\s+)?\p{L}{3,10}\.?(?:,?\s+(?:de\s+)?\d{4})?|\d{1,2}-\p{L}{3,9}-\d{4}|(?:${MONTH_START})\p{L}{0,7}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)`;
let compiled: RegExp | null = null;

/** The date written right after due-date words, as written ("December 15, 2026", "15.12.2026"), or null; the caller
 * reads it as a date (a word after a day that is no month gives none). */
export function dueDateWords(text: string): string | null {
	return dueDateWritten(text)?.date ?? null;
}

/** Due-date words in a language that never writes the month first: a numeric date after them is day first
 * ("Vencimento até 10/12/2026" is the 10th of December). Only English may be a US month-first date. */
const dayFirstWords = () => new RegExp(String.raw`^(?:${beforeWords(DUE_PHRASES.filter((r) => r.lang !== "en"))})`, "iu");
/** A row's "must" clause as one pattern: each part an alternation, so the table stays small and the pattern linear. */
const mustPattern = (m: MustPay) => String.raw`(?:${alt(m.subjects)})[ \t]+(?:${alt(m.modals)})[ \t]+(?:${alt(m.verbs)})[ \t]+(?:${alt(m.preps)})`;
/** The words before a date in these rows: their phrases, and their "must" clauses. */
const beforeWords = (rows: DueRow[]) => [alt(rows.flatMap((r) => r.before)), ...rows.flatMap((r) => (r.must ? [mustPattern(r.must)] : []))].join("|");
let dayFirstCompiled: RegExp | null = null;

/** The date after due-date words, whether their language writes the day first, and where the words start; or null. */
export function dueDateWritten(text: string): { date: string; dayFirst: boolean; at: number } | null {
	// The sender's mail client may wrap the line between the words and the date ("…if the due date is\n10 December").
	compiled ??= new RegExp(String.raw`(?<![\p{L}])(?:${beforeWords(DUE_PHRASES)})[ \t]*:?[ \t]*(?:\n[ \t]*)?(?:(?:on|the|of|am|zum|den|el|le|au|il|o|a|op|de|per)[ \t]+)?(?:(?:the[ \t]+)?end[ \t]+of[ \t]+(?:(?:the|this|next)[ \t]+)?\p{L}{3,9}[ \t]*\([ \t]*)?(?<d>${DATE_START})`, "giu");
	dayFirstCompiled ??= dayFirstWords();
	compiled.lastIndex = 0;
	let found: { date: string; dayFirst: boolean; at: number } | null = null;
	for (const m of text.matchAll(compiled)) {
		const d = m.groups?.["d"];
		if (d) {
			found = { date: d, dayFirst: dayFirstCompiled.test(m[0]), at: m.index };
			break;
		}
	}
	// The date before the words that make it due: whichever comes first in the email counts.
	aroundCompiled ??= aroundPatterns();
	for (const { re, dayFirst } of aroundCompiled) {
		re.lastIndex = 0;
		const m = re.exec(text);
		const d = m?.groups?.["d"];
		if (m && d && (!found || m.index < found.at)) found = { date: d, dayFirst, at: m.index };
	}
	return found;
}

/** One pattern per language and word after the date, the words before it as alternatives ("" for none). */
function aroundPatterns(): { re: RegExp; dayFirst: boolean }[] {
	// The words after the date that share the same words before it (and whether the day comes first) are one pattern:
	// each pattern reads the whole text at every number, and one per word after made a long list of prices slow.
	const groups = new Map<string, { befores: string[]; afters: string[]; dayFirst: boolean }>();
	for (const row of DUE_PHRASES) {
		const byAfter = new Map<string, string[]>();
		for (const [before, after] of row.around ?? []) byAfter.set(after, [...(byAfter.get(after) ?? []), before]);
		for (const [after, befores] of byAfter) {
			const dayFirst = row.lang !== "en";
			const key = `${dayFirst}|${[...new Set(befores)].sort().join("|")}`;
			const g = groups.get(key) ?? { befores, afters: [], dayFirst };
			g.afters.push(after);
			groups.set(key, g);
		}
	}
	return [...groups.values()].map(({ befores, afters, dayFirst }) => {
		const words = befores.filter((b) => b !== "");
		const lead = words.length === 0 ? "" : String.raw`(?:${alt(words)})[ \t]+(?:(?:on|op|den|the)[ \t]+)?`;
		const head = befores.includes("") ? (lead ? `(?:${lead})?` : "") : lead;
		return { re: new RegExp(String.raw`(?<![\p{L}\p{N}])${head}(?<d>${DATE_START})[ \t]*(?:\n[ \t]*)?(?:${alt(afters)})(?![\p{L}])`, "iu"), dayFirst };
	});
}
let aroundCompiled: { re: RegExp; dayFirst: boolean }[] | null = null;

/** Currencies whose countries do not all write the day first: the United States (and the countries that bill in its
 * dollar), Canada and the Philippines write the month first ("12/10/2026" for December 10th), Japan, China, Korea and
 * Taiwan the year first — written the other way round in English, a date from there may be either. */
export const MONTH_FIRST_OR_UNSURE_CURRENCIES = ["USD", "CAD", "PHP", "JPY", "CNY", "KRW", "TWD"];

/** Whether a request billed in `currency` comes from a sender who writes the day first: every other currency's
 * countries write "10/12/2026" for the 10th of December (the United Kingdom, Ireland, the euro area, Czechia, India,
 * Australia, the Gulf, Latin America…), so after English due words ("Please set the due date to 10/12/2026", billed in
 * € or £) the date is read as they write it. Without a currency, or in one of the above, such a date stays unread. */
export function writesDayFirst(currency: string | null): boolean {
	return currency !== null && /^[A-Z]{3}$/.test(currency) && !MONTH_FIRST_OR_UNSURE_CURRENCIES.includes(currency);
}

/** Due words written in a language that writes the day first ("vencimento", "Fälligkeit", "échéance", "scadenza"):
 * an English word ("due", "payable", "payment") may stand before a US month-first date. */
export function dayFirstDueWords(words: string): boolean {
	return !/^(?:due|payable|payment|pay)(?![\p{L}])/iu.test(words.trim());
}

/** A numeric date at the start of the words ("15.12.2026", "15/12/2026", "18-12-2026", "14/12", "2026-12-18") as
 * YYYY-MM-DD, or null. Day first, as written outside the US; "12/15/2026" (month first) is read only where the day
 * cannot be the first number, and "03/04/2027" — either way a date — is no date at all (a wrong due date is worse
 * than none), unless the words before it are in a language that writes the day first (`dayFirst`: then "10/12/2026"
 * is the 10th of December and "12/15/2026" no date). `preferDayFirst` reads only a date that could be either way day
 * first. Without a year, the one nearest to today. */
export function numericDate(written: string, today: string, dayFirst = false, preferDayFirst = false): string | null {
	// Year first with dashes (ISO) or slashes (as Japan and China write it: 2026/12/31).
	const isoM = /^[\s:–-]*(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?!\d)/.exec(written);
	const yearFirst: [string, string, string] | null = isoM ? [isoM[1]!, isoM[3]!, isoM[4]!] : kanjiDate(written, today);
	const dmy = /^[\s:–-]*(\d{1,2})[./-](\d{1,2})(?:[./-](\d{4}|\d{2}))?(?![\d./-])/.exec(written);
	let parts: [string, string, string] | null = null;
	if (yearFirst) parts = yearFirst;
	else if (dmy) {
		const [a, b] = [Number(dmy[1]), Number(dmy[2])];
		const year = dmy[3] ? (dmy[3].length === 2 ? `20${dmy[3]}` : dmy[3]) : nearestYear(today, a <= 12 && b > 12 ? a : b, a <= 12 && b > 12 ? b : a);
		// A sender who writes the day first (`preferDayFirst`, see `writesDayFirst`) settles only the date that may be read
		// either way; "12/18/2026" can still be nothing but December 18th.
		if (a <= 12 && b <= 12 && a !== b && !dayFirst && !preferDayFirst) return null;
		parts = a <= 12 && b > 12 && !dayFirst ? [year, dmy[1]!, dmy[2]!] : [year, dmy[2]!, dmy[1]!];
	}
	if (!parts) return null;
	const [y, mo, d] = parts;
	const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
	if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return null;
	return date.toISOString().slice(0, 10);
}

/** "2026年12月31日" (or "12月31日", or Korea's "2026년 12월 31일"), the year, month and day each followed by its sign, as
 * Japan, China and Korea write a date: [year, month, day], without a year the one nearest to today. */
function kanjiDate(written: string, today: string): [string, string, string] | null {
	const m = /^[\s:–-]*(?:(\d{4})[ \t]*[年년][ \t]*)?(\d{1,2})[ \t]*[月월][ \t]*(\d{1,2})[ \t]*[日일]/u.exec(written);
	return m ? [m[1] ?? nearestYear(today, Number(m[2]), Number(m[3])), m[2]!, m[3]!] : null;
}

/** The year that puts a day and month nearest to today ("14/12" written in November is this December). */
function nearestYear(today: string, month: number, day: number): string {
	const y = Number(today.slice(0, 4));
	const t = Date.parse(`${today}T00:00:00Z`);
	const best = [y - 1, y, y + 1].sort((p, q) => Math.abs(Date.UTC(p, month - 1, day) - t) - Math.abs(Date.UTC(q, month - 1, day) - t))[0]!;
	return String(best);
}
