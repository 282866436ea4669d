import type { CountryChannels } from '@/lib/official-channels';

/** Where to report officially in one country, most urgent first. */
export function OfficialChannels({ channels, headingId }: { channels: CountryChannels; headingId: string }) {
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-lg bg-white p-5 ring-1 ring-slate-200">
      <h2 id={headingId} className="text-xl font-bold">Report it officially in {channels.name}</h2>
      <p className="rounded-md bg-amber-50 p-3 font-medium text-slate-900 ring-1 ring-amber-200">{channels.urgent}</p>
      <ul className="space-y-3">
        {channels.channels.map((channel) => (
          <li key={channel.name}>
            <p className="font-semibold">
              {channel.url ? <a href={channel.url} rel="noopener noreferrer">{channel.name}</a> : channel.name}
              {channel.phone && channel.phone !== channel.name ? (
                <>
                  {' '}· <a href={`tel:${channel.phone.replace(/\s/g, '')}`} className="font-mono">{channel.phone}</a>
                </>
              ) : null}
            </p>
            <p className="text-slate-700">{channel.what}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
