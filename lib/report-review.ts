import { CATEGORY_INFO, CHANNEL_LABELS, PAYMENT_METHOD_LABELS } from '@/db/constants';
import { formatDate, formatMoney } from './format';
import { countryName, formatE164 } from './phone';
import { redactReport } from './redact';
import type { ReviewRow } from './validation/form-state';
import type { ReportField, ReportInput } from './validation/report';

function describeNumber(e164: string): string {
  const { international, country } = formatE164(e164);
  return `${international} (${countryName(country)})`;
}

/**
 * A report's answers as they will be stored, for the "check your answers" step: numbers as the
 * site read them, with their country, and the description as it will be published once the
 * details it must not show are hidden.
 */
export function reviewReport(input: ReportInput, { mailEnabled }: { mailEnabled: boolean }): Array<ReviewRow<ReportField>> {
  const rows: Array<ReviewRow<ReportField>> = [
    { field: 'number', label: 'Number that contacted you', value: describeNumber(input.displayed.e164) },
    { field: 'channel', label: 'How they contacted you', value: CHANNEL_LABELS[input.channel] },
  ];
  const published = redactReport(input);
  if (input.callerIdName) {
    const shown = published.callerIdName;
    rows.push({ field: 'callerIdName', label: 'What your screen showed', value: input.callerIdName, note: shown && shown !== input.callerIdName ? `Published as: ${shown}` : undefined });
  }
  if (input.screenShowedOrganisation !== null) {
    rows.push({ field: 'screenShowedOrganisation', label: 'A real organisation’s number or name on screen', value: input.screenShowedOrganisation ? 'Yes' : 'No' });
  }
  if (input.callback) rows.push({ field: 'callbackNumber', label: 'Number they asked you to call back, message or pay', value: describeNumber(input.callback.e164) });
  rows.push(
    { field: 'category', label: 'Kind of scam', value: CATEGORY_INFO[input.category].label },
    { field: 'occurredOn', label: 'When', value: input.occurredTime ? `${formatDate(input.occurredOn)} at ${input.occurredTime}` : formatDate(input.occurredOn) },
  );

  rows.push({
    field: 'description',
    label: 'What happened',
    value: input.description,
    note: published.description.text === input.description ? undefined : `Published as: ${published.description.text}`,
  });

  rows.push({
    field: 'lossAmount',
    label: 'Money lost',
    value: input.loss
      ? `${formatMoney(input.loss.amountMinor, input.loss.currency)}${input.loss.paymentMethod ? ` · ${PAYMENT_METHOD_LABELS[input.loss.paymentMethod]}` : ''}`
      : 'None',
  });
  rows.push({ field: 'residence', label: 'Where you live', value: input.reporterCountry ? countryName(input.reporterCountry) : 'Somewhere else' });
  rows.push({
    field: 'email',
    label: 'Your email',
    value: input.email ?? 'Not given',
    note: !input.email
      ? undefined
      : mailEnabled
        ? 'We email you a receipt with your reference now, and again when a moderator has decided.'
        : 'This site sends no email: a moderator may write to you about this report.',
  });
  return rows;
}
