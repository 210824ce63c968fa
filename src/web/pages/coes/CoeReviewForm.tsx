import { Alert, Button, Card, Group, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import type { CoeDetail } from './coe-types';

/** The reviewer's decision: approve, or return to the recruiter with comments. */
export function CoeReviewForm({ coe }: { coe: CoeDetail }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [comments, setComments] = useState('');
  const review = useMutation({
    mutationFn: (decision: 'approve' | 'return') =>
      api<CoeDetail>('POST', `/api/coes/${coe.id}/review`, { decision, comments }),
    onSuccess: (updated) => {
      client.setQueryData(['coe', coe.id], updated);
      void client.invalidateQueries({ queryKey: ['coes'] });
    },
  });
  return (
    <Card withBorder component="section" aria-labelledby="review-title">
      <Title order={2} size="h3" id="review-title">
        {t('coes.review.title')}
      </Title>
      <Textarea
        mt="xs"
        label={t('coes.review.comments')}
        description={t('coes.review.commentsHint')}
        autosize
        minRows={3}
        value={comments}
        onChange={(e) => setComments(e.currentTarget.value)}
      />
      {review.error && (
        <Alert color="red" role="alert" mt="sm">
          {review.error.message}
        </Alert>
      )}
      <Group mt="sm">
        <Button
          color="teal"
          loading={review.isPending && review.variables === 'approve'}
          onClick={() => review.mutate('approve')}
        >
          {t('coes.review.approve')}
        </Button>
        <Button
          color="orange"
          variant="outline"
          disabled={comments.trim() === ''}
          loading={review.isPending && review.variables === 'return'}
          onClick={() => review.mutate('return')}
        >
          {t('coes.review.return')}
        </Button>
      </Group>
    </Card>
  );
}
