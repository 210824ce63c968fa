import { Anchor } from '@mantine/core';

/** A phone number the phone can call with one tap (`tel:`), shown as written. */
export function PhoneLink({ phone }: { phone: string }) {
  const digits = phone.replace(/[^\d+]/g, '');
  if (!digits) return <>{phone}</>;
  return <Anchor href={`tel:${digits}`}>{phone}</Anchor>;
}

/** An address that opens in the phone's maps (`geo:` on Android, a maps search elsewhere). */
export function AddressLink({ address }: { address: string }) {
  const query = encodeURIComponent(address.trim());
  const android = typeof navigator !== 'undefined' && /android/i.test(navigator.userAgent);
  const href = android ? `geo:0,0?q=${query}` : `https://maps.google.com/?q=${query}`;
  return (
    <Anchor href={href} target="_blank" rel="noopener">
      {address}
    </Anchor>
  );
}
