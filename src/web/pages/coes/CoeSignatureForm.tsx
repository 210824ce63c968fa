import { Alert, Button, Card, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { signatureBody, type SignatureDraft } from '../interview/coe-submission';
import { SignatureFields } from '../interview/SignatureFields';
import type { CoeDetail } from './coe-types';

/** A COE not signed yet (or to sign again): the parent's signature, drawn or on paper. */
export function CoeSignatureForm({ coe }: { coe: CoeDetail }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [signature, setSignature] = useState<SignatureDraft>({
    kind: 'paper',
    signerName: coe.signature?.signerName ?? '',
    signedOn: coe.signature?.signedOn ?? coe.interviewDate,
  });
  const sign = useMutation({
    mutationFn: () => api<CoeDetail>('POST', `/api/coes/${coe.id}/signature`, signatureBody(signature)),
    onSuccess: (updated) => client.setQueryData(['coe', coe.id], updated),
  });
  return (
    <Card withBorder component="section" aria-labelledby="sign-title">
      <Title order={2} size="h3" id="sign-title" mb="xs">
        {t('interview.signature.title')}
      </Title>
      <SignatureFields signature={signature} onChange={setSignature} />
      {sign.error && (
        <Alert color="red" role="alert" mt="sm">
          {sign.error.message}
        </Alert>
      )}
      <Button mt="sm" variant="default" loading={sign.isPending} onClick={() => sign.mutate()}>
        {t('coes.sign')}
      </Button>
    </Card>
  );
}
