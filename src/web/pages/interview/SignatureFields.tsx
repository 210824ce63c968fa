import { SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SignaturePad } from '../../components/SignaturePad';
import type { SignatureDraft } from './coe-submission';

/** The parent's or guardian's signature: drawn on the screen, or recorded as signed on paper. */
export function SignatureFields({
  signature,
  onChange,
}: {
  signature: SignatureDraft;
  onChange: (signature: SignatureDraft) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <SegmentedControl
        aria-label={t('interview.signature.how')}
        value={signature.kind}
        onChange={(kind) =>
          onChange(
            kind === 'drawn'
              ? {
                  kind: 'drawn',
                  imageDataUrl: null,
                  signerName: signature.signerName,
                  signedOn: signature.signedOn,
                }
              : { kind: 'paper', signerName: signature.signerName, signedOn: signature.signedOn },
          )
        }
        data={[
          { value: 'drawn', label: t('interview.signature.drawn') },
          { value: 'paper', label: t('interview.signature.paper') },
        ]}
      />
      <TextInput
        required
        label={t('interview.signature.signerName')}
        value={signature.signerName}
        onChange={(e) => onChange({ ...signature, signerName: e.currentTarget.value })}
      />
      <TextInput
        required
        type="date"
        label={t('interview.signature.signedOn')}
        value={signature.signedOn}
        onChange={(e) => onChange({ ...signature, signedOn: e.currentTarget.value })}
      />
      {signature.kind === 'drawn' && (
        <SignaturePad
          label={t('interview.signature.pad')}
          onChange={(imageDataUrl) => onChange({ ...signature, imageDataUrl })}
        />
      )}
    </Stack>
  );
}
