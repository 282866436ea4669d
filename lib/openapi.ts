import { CATEGORIES, CHANNELS } from '@/db/constants';
import { API_RATE_LIMIT } from './api';

const error = {
  type: 'object',
  required: ['error'],
  properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } },
} as const;

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });

const rateLimited = errorResponse(`More than ${API_RATE_LIMIT.requests} requests in ${API_RATE_LIMIT.windowSeconds} seconds from one client; see the RateLimit and Retry-After headers.`);

/** The public API, described in OpenAPI 3.1: served at /api/v1/openapi.json and shown at /developers. */
export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'Scam Number Check API',
    version: '1.0.0',
    summary: 'Published scam reports about phone numbers, and complaints in official open data.',
    description:
      'Read-only and open to any site (CORS). Every report here was read by a moderator before publication; personal details are removed, and reporters’ contact details and addresses are never given out. A number on a caller’s screen can be faked: a listing is evidence about calls that showed the number, not proof about its owner. ' +
      `Each client may make ${API_RATE_LIMIT.requests} requests a minute; the RateLimit and RateLimit-Policy headers say where it stands. Answers carry an ETag: send it back in If-None-Match to get 304 when nothing changed.`,
    license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  },
  servers: [{ url: '/api/v1' }],
  paths: {
    '/numbers/{number}': {
      get: {
        operationId: 'getNumber',
        summary: 'What is known about a number',
        description: 'Any spelling works: +44 20 7946 0018, 00442079460018, (202) 555-0143 with country=US. The same number in any spelling gives the same answer.',
        parameters: [
          { name: 'number', in: 'path', required: true, schema: { type: 'string' }, example: '+12025550143' },
          { name: 'country', in: 'query', required: false, description: 'ISO 3166 country for a number written without its +country code.', schema: { type: 'string', pattern: '^[A-Za-z]{2}$' } },
        ],
        responses: {
          200: { description: 'The number’s verdict, report counts and official complaints.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Number' } } } },
          304: { description: 'Not modified since the ETag given in If-None-Match.' },
          400: errorResponse('Not a valid phone number; the message says why.'),
          404: errorResponse('A valid number nobody reported here and no official data mentions. That does not make it safe.'),
          429: rateLimited,
        },
      },
    },
    '/check/{hash}': {
      get: {
        operationId: 'checkHash',
        summary: 'Ask about a number without sending it',
        description:
          'Send the lowercase hex SHA-256 of the number’s E.164 text (such as +447911123456), or only its first 5 characters. With 5 characters the answer lists every reported number whose hash starts with them, and the client compares locally: the server never learns which number was meant. A whole hash is convenient but not private, since phone numbers are few enough to be tried one by one. Numbers known only from official data are not found here.',
        parameters: [{ name: 'hash', in: 'path', required: true, schema: { type: 'string', pattern: '^([0-9a-f]{5}|[0-9a-f]{64})$' } }],
        responses: {
          200: {
            description: 'For a prefix, the matching hashes; for a whole hash, the number as /numbers/{number} gives it.',
            content: { 'application/json': { schema: { oneOf: [{ $ref: '#/components/schemas/HashMatches' }, { $ref: '#/components/schemas/Number' }] } } },
          },
          400: errorResponse('Not a 5- or 64-character lowercase hex string.'),
          404: errorResponse('No reported number has this hash.'),
          429: rateLimited,
        },
      },
    },
    '/reports': {
      get: {
        operationId: 'listReports',
        summary: 'Published reports, newest first',
        parameters: [
          { name: 'category', in: 'query', schema: { type: 'string', enum: [...CATEGORIES] } },
          { name: 'channel', in: 'query', schema: { type: 'string', enum: [...CHANNELS] } },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
          { name: 'before', in: 'query', description: 'The `next` value of the previous page.', schema: { type: 'string' } },
        ],
        responses: {
          200: { description: 'A page of reports and the cursor of the next one.', content: { 'application/json': { schema: { $ref: '#/components/schemas/ReportPage' } } } },
          400: errorResponse('A filter, limit or cursor that is not valid; the message says which.'),
          429: rateLimited,
        },
      },
    },
  },
  components: {
    schemas: {
      Error: error,
      Number: {
        type: 'object',
        properties: {
          number: {
            type: 'object',
            properties: {
              e164: { type: 'string', example: '+12025550143' },
              international: { type: 'string' },
              national: { type: 'string' },
              country: { type: ['string', 'null'] },
              countryName: { type: ['string', 'null'] },
              lineType: { type: 'string' },
            },
          },
          verdict: {
            type: 'object',
            properties: {
              level: { type: 'string', enum: ['none', 'low', 'medium', 'high', 'verified'], description: '`verified`: an organisation’s genuine number, which scammers fake on screens. Never branded.' },
              evidence: {
                type: 'string',
                enum: ['none', 'screen', 'controlled', 'verified'],
                description: '`controlled`: someone was told to call, message or pay the number, or was contacted from it on WhatsApp, Telegram or a similar app (strong evidence); `screen`: it was only shown on a phone’s screen, where it may have been faked.',
              },
              label: { type: 'string' },
              summary: { type: 'string' },
              reasons: { type: 'array', items: { type: 'string' } },
              steps: { type: 'array', items: { type: 'string' }, description: 'What to do now, most urgent first.' },
              caveat: { type: 'string', description: 'One line on what caller ID can and cannot say about this number.' },
              capped: { type: 'boolean', description: 'True when two staff accepted the owner’s statement that the number is spoofed or wrongly listed.' },
              counted: {
                type: 'object',
                description: 'The figures the verdict rests on, all from one set of published reports (from the day the current owner got the number).',
                properties: {
                  reports: { type: 'integer' },
                  people: { type: 'integer' },
                  peopleToldToContact: { type: 'integer' },
                  peopleWhoSawAnOrganisation: { type: 'integer' },
                  peopleWhoLostMoney: { type: 'integer' },
                  reportsBeforeCurrentOwner: { type: 'integer' },
                },
              },
            },
          },
          verified: {
            type: ['object', 'null'],
            description: 'Set when staff verified the number as an organisation’s genuine number.',
            properties: {
              organisation: { type: 'string' },
              source: { type: 'string', format: 'uri', description: 'The page where the organisation publishes the number.' },
              verifiedOn: { type: 'string', format: 'date' },
            },
          },
          reports: {
            type: 'object',
            properties: {
              published: { type: 'integer' },
              showedThisNumber: { type: 'integer', description: 'Reports where the number was on the victim’s screen (it may have been faked).' },
              toldToCallThisNumber: { type: 'integer', description: 'Reports where victims were told to call, message or pay it (run by the scammers).' },
              withMoneyLost: { type: 'integer' },
              reporters: { type: 'integer' },
              last30Days: { type: 'integer' },
              firstReportedOn: { type: ['string', 'null'], format: 'date' },
              lastReportedOn: { type: ['string', 'null'], format: 'date' },
            },
          },
          categories: {
            type: 'array',
            description: 'Kinds of scam reported, most reported first.',
            items: { type: 'object', properties: { code: { type: 'string', enum: [...CATEGORIES] }, label: { type: 'string' }, reports: { type: 'integer' } } },
          },
          channels: {
            type: 'array',
            description: 'Ways of contact reported, most reported first.',
            items: { type: 'object', properties: { code: { type: 'string', enum: [...CHANNELS] }, label: { type: 'string' }, reports: { type: 'integer' } } },
          },
          ownerDispute: { type: 'string' },
          official: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                source: { type: 'string' },
                name: { type: 'string' },
                complaints: { type: 'integer' },
                robocalls: { type: 'integer' },
                firstReportedOn: { type: 'string', format: 'date' },
                lastReportedOn: { type: 'string', format: 'date' },
                topSubject: { type: ['string', 'null'] },
              },
            },
          },
          page: { type: 'string', format: 'uri' },
        },
      },
      HashMatches: {
        type: 'object',
        properties: {
          prefix: { type: 'string' },
          matches: { type: 'array', items: { type: 'object', properties: { sha256: { type: 'string' }, reports: { type: 'integer' }, lastReportedOn: { type: ['string', 'null'], format: 'date' } } } },
        },
      },
      ReportPage: {
        type: 'object',
        properties: {
          reports: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                reference: { type: 'string', example: 'SR-4K7M-Q2XD' },
                number: { type: 'string' },
                callbackNumber: { type: ['string', 'null'] },
                channel: { type: 'string', enum: [...CHANNELS] },
                category: { type: 'string', enum: [...CATEGORIES] },
                categoryLabel: { type: 'string' },
                callerIdName: { type: ['string', 'null'] },
                occurredOn: { type: 'string', format: 'date' },
                description: { type: 'string', description: 'The published text, with personal details replaced by markers.' },
                loss: { type: ['object', 'null'], properties: { amountMinor: { type: 'integer' }, currency: { type: 'string' } } },
                paymentMethod: { type: ['string', 'null'] },
                publishedAt: { type: 'string', format: 'date-time' },
                page: { type: 'string', format: 'uri' },
              },
            },
          },
          next: { type: ['string', 'null'] },
        },
      },
    },
  },
} as const;
