import { describe, expect, it } from 'vitest';
import { isValidIban, luhnValid, redact, verhoeffValid } from './redact';

/** Appends the Verhoeff check digit, to make valid-looking Aadhaar numbers for tests. */
function withVerhoeff(body: string): string {
  for (let digit = 0; digit <= 9; digit += 1) if (verhoeffValid(`${body}${digit}`)) return `${body}${digit}`;
  throw new Error('unreachable');
}

describe('redact', () => {
  it('removes email addresses', () => {
    const { text, found } = redact('Write to me at priya.sharma+scam@gmail.com or ravi@example.co.in please');
    expect(text).toBe('Write to me at [email removed] or [email removed] please');
    expect(found).toEqual({ email: 2 });
  });

  it('removes phone numbers other than the ones reported, in any format', () => {
    const { text } = redact('He called from +44 20 7946 0018 and said call my mum on 07400 123456 or +91 98765 43210.', {
      keepNumbers: ['+442079460018'],
      region: 'GB',
    });
    expect(text).toBe('He called from +44 20 7946 0018 and said call my mum on [phone number removed] or [phone number removed].');
  });

  it('removes card numbers that pass the Luhn check, but not other long figures', () => {
    expect(redact('Card 4111 1111 1111 1111 was charged').text).toBe('Card [card number removed] was charged');
    expect(redact('Card 4111-1111-1111-1111').text).toBe('Card [card number removed]');
    expect(redact('They took ₹5,00,000 and then ₹25,000 more').text).toBe('They took ₹5,00,000 and then ₹25,000 more');
  });

  it('removes IBANs, account numbers and sort codes', () => {
    expect(redact('Paid to GB82 WEST 1234 5698 7654 32 today').text).toBe('Paid to [bank account removed] today');
    expect(redact('my account no: 123456789012').text).toBe('my account no: [bank account removed]');
    expect(redact('A/C 50100234567890 at HDFC').text).toBe('A/C [bank account removed] at HDFC');
    expect(redact('sort code 12-34-56').text).toBe('sort code [bank account removed]');
  });

  it('removes Aadhaar and PAN numbers', () => {
    const aadhaar = withVerhoeff('23456789012');
    const spaced = `${aadhaar.slice(0, 4)} ${aadhaar.slice(4, 8)} ${aadhaar.slice(8)}`;
    expect(redact(`They asked for my Aadhaar ${spaced} and PAN ABCPE1234F`).text).toBe(
      'They asked for my Aadhaar [Aadhaar number removed] and PAN [PAN removed]',
    );
  });

  it('removes UPI IDs', () => {
    expect(redact('Send it to rahul.k@okhdfcbank or 9876543210@ybl now').text).toBe('Send it to [UPI ID removed] or [UPI ID removed] now');
  });

  it('removes one-time codes and PINs, whichever side the word is on', () => {
    expect(redact('I told him the OTP 482913 and my PIN: 4321').text).toBe('I told him the OTP [code removed] and my PIN: [code removed]');
    expect(redact('read out 739201 is your OTP').text).toBe('read out [code removed] is your OTP');
    expect(redact('the verification code was 55120').text).toBe('the verification code was [code removed]');
  });

  it('keeps ordinary text, dates, times and money intact', () => {
    const story = 'On 12/03/2026 at 10:30 a man said he was from SBI. I lost $1,250.00 and then 3 more payments of 500.';
    expect(redact(story, { region: 'IN' }).text).toBe(story);
  });

  it('keeps the reported number even where it looks like other things', () => {
    const { text, found } = redact('The number 919876543210 kept calling, also shown as +91 98765 43210.', {
      keepNumbers: ['+919876543210'],
      region: 'IN',
    });
    expect(text).toContain('+91 98765 43210');
    expect(found.phone).toBeUndefined();
  });

  it('removes any other long digit run it cannot place, even before punctuation', () => {
    expect(redact('customer id 8827 3310 4456 2').text).toBe('customer id [number removed]');
    expect(redact('call my manager on 07400 123456, now', { region: 'US' }).text).toBe('call my manager on [number removed], now');
    expect(redact('They took 12,50,000.00 in total.').text).toBe('They took 12,50,000.00 in total.');
  });

  it('never lets a placeholder in the input reveal anything', () => {
    expect(redact('\u00000\u0000 and 07400 123456', { region: 'GB' }).text).toBe(' and [phone number removed]');
  });
});

describe('check digits', () => {
  it('Luhn', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
  });
  it('IBAN', () => {
    expect(isValidIban('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(isValidIban('GB82 WEST 1234 5698 7654 33')).toBe(false);
  });
  it('Verhoeff', () => {
    expect(verhoeffValid('2363')).toBe(true);
    expect(verhoeffValid('2364')).toBe(false);
  });
});
