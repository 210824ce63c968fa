import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Image,
  List,
  SimpleGrid,
  Stack,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../app/api';
import { formatDate, formatDateTime } from '../../app/format';
import { QueryState } from '../../components/QueryState';
import { ChildDeterminationCard } from '../interview/DeterminationView';
import { useEligibilitySettings } from '../interview/use-eligibility-settings';
import { CoeEditForm } from './CoeEditForm';
import { CoeReviewForm } from './CoeReviewForm';
import { CoeSignatureForm } from './CoeSignatureForm';
import { STATUS_COLORS, type CoeDetail } from './coe-types';
import { InterviewSummary } from './InterviewSummary';
import { Fact } from '../../components/Fact';
import { savedTraceInWords, withChildNames } from './saved-trace';

/** The COE's interview with its children named as the certificate names them. */
const namedInterview = (coe: CoeDetail) =>
  withChildNames(coe.interview, new Map(coe.children.map((c) => [c.interviewChildId, c.displayName])));

/** One COE: what the reviewer needs to decide (interview, determination with trace, warnings), the review, the PDF. */
export function CoePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const coe = useQuery({ queryKey: ['coe', id], queryFn: () => api<CoeDetail>('GET', `/api/coes/${id}`) });
  const date = (value: string | null) => formatDate(value, i18n.language);

  return (
    <Stack>
      <Anchor component={Link} to="/coes" size="sm">
        {t('coes.backToList')}
      </Anchor>
      <QueryState isPending={coe.isPending} error={coe.error}>
        {coe.data && (
          <>
            <Group justify="space-between" wrap="wrap">
              <Title order={1}>{t('coes.coeTitle')}</Title>
              <Badge size="lg" color={STATUS_COLORS[coe.data.status]} autoContrast>
                {t(`coes.statuses.${coe.data.status}`)}
              </Badge>
            </Group>
            {coe.data.signatureClearedAt && (
              <Alert color="orange" title={t('coes.signAgain.title')} role="status">
                {t('coes.signAgain.body', {
                  date: formatDateTime(coe.data.signatureClearedAt, i18n.language),
                })}
              </Alert>
            )}
            {coe.data.status === 'returned' && coe.data.reviewComments && (
              <Alert
                color="orange"
                title={t('coes.returnedTitle', { name: coe.data.reviewer?.displayName ?? '—' })}
              >
                {coe.data.reviewComments}
              </Alert>
            )}
            <Card withBorder>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" component="dl" m={0}>
                <Fact label={t('coes.interviewDate')} value={date(coe.data.interviewDate)} />
                <Fact label={t('coes.residencyDate')} value={date(coe.data.residencyDate)} />
                <Fact label={t('coes.qualifyingWork')} value={coe.data.qualifyingWork ?? '—'} />
                <Fact label={t('coes.recruiter')} value={coe.data.recruiter?.displayName ?? '—'} />
                <Fact
                  label={t('coes.district')}
                  value={
                    coe.data.district
                      ? coe.data.status === 'approved'
                        ? coe.data.district.name
                        : t('coes.districtOnApproval', { name: coe.data.district.name })
                      : t('coes.noDistrict')
                  }
                />
                {coe.data.referralId && (
                  <Fact
                    label={t('coes.referral')}
                    value={
                      <Anchor component={Link} to={`/referrals/${coe.data.referralId}`}>
                        {t('coes.openReferral')}
                      </Anchor>
                    }
                  />
                )}
                <Fact
                  label={t('coes.signature')}
                  value={
                    coe.data.signature
                      ? t(`coes.signatureKinds.${coe.data.signature.kind}`, {
                          name: coe.data.signature.signerName,
                          date: date(coe.data.signature.signedOn),
                        })
                      : t('coes.notSigned')
                  }
                />
                <Fact
                  label={t('coes.submittedAt')}
                  value={coe.data.submittedAt ? formatDateTime(coe.data.submittedAt, i18n.language) : '—'}
                />
                {coe.data.comments && <Fact label={t('coes.comments')} value={coe.data.comments} />}
              </SimpleGrid>
              {coe.data.signature?.hasImage && (
                <Image
                  src={`/api/coes/${coe.data.id}/signature?v=${coe.data.version}`}
                  alt={t('coes.signatureImage', { name: coe.data.signature.signerName })}
                  mt="sm"
                  w="100%"
                  maw={360}
                  h={120}
                  fit="contain"
                  bg="white"
                  bd="1px solid var(--mantine-color-default-border)"
                  radius="sm"
                />
              )}
              <Group mt="sm" gap="md">
                <Anchor href={`/api/coes/${coe.data.id}/pdf?language=en`} target="_blank" rel="noopener">
                  {t('coes.pdf.en')}
                </Anchor>
                <Anchor href={`/api/coes/${coe.data.id}/pdf?language=es`} target="_blank" rel="noopener">
                  {t('coes.pdf.es')}
                </Anchor>
              </Group>
            </Card>
            {coe.data.warnings.length > 0 && (
              <Alert color="yellow" title={t('coes.warnings.title')}>
                <List size="sm">
                  {coe.data.warnings.map((warning, index) => (
                    <List.Item key={index}>
                      {warning.child &&
                        t('coes.warningsOf', {
                          name:
                            coe.data.children.find((c) => c.interviewChildId === warning.child)
                              ?.displayName ?? warning.child,
                        })}
                      {t(`coes.warnings.${warning.code}`, { ...warning.values, defaultValue: warning.code })}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            )}
            <CoeDetermination coe={coe.data} />
            <InterviewSummary interview={namedInterview(coe.data)} />
            {coe.data.abilities.canReview && <CoeReviewForm coe={coe.data} />}
            {coe.data.abilities.canEdit && !coe.data.signature && <CoeSignatureForm coe={coe.data} />}
            {coe.data.abilities.canEdit && (
              <Button component={Link} to={`/interview?coe=${coe.data.id}`} variant="default">
                {t('interview.editInterview')}
              </Button>
            )}
            {coe.data.abilities.canEdit && <CoeEditForm key={coe.data.version} coe={coe.data} />}
            {coe.data.reviews.length > 0 && (
              <Card withBorder component="section" aria-labelledby="reviews-title">
                <Title order={2} size="h3" id="reviews-title">
                  {t('coes.reviews')}
                </Title>
                <List size="sm" mt="xs">
                  {coe.data.reviews.map((review, index) => (
                    <List.Item key={index}>
                      {t(`coes.decisions.${review.decision}`, {
                        name: review.reviewerName ?? '—',
                        date: formatDateTime(review.createdAt, i18n.language),
                      })}
                      {review.comments ? `: ${review.comments}` : ''}
                    </List.Item>
                  ))}
                </List>
              </Card>
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}

/** Each child's determination as saved, its trace in plain words in the reader's language. */
function CoeDetermination({ coe }: { coe: CoeDetail }) {
  const { t, i18n } = useTranslation();
  const settings = useEligibilitySettings();
  const language = i18n.language === 'es' ? 'es' : 'en';
  const determination = useMemo(
    () => savedTraceInWords(namedInterview(coe), coe.determination, { language, settings }),
    [coe, language, settings],
  );
  return (
    <section aria-labelledby="coe-determination-title">
      <Title order={2} size="h3" id="coe-determination-title" mb="xs">
        {t('coes.determination')}
      </Title>
      <Stack gap="sm">
        {determination.children.map((result) => {
          const child = coe.children.find((c) => c.interviewChildId === result.child);
          return (
            <div key={result.child}>
              <ChildDeterminationCard result={result} childName={child?.displayName ?? result.child} />
              {child?.childId && coe.status === 'approved' && (
                <Anchor component={Link} to={`/children/${child.childId}`} size="sm">
                  {t('coes.openChild', { name: child.displayName })}
                </Anchor>
              )}
            </div>
          );
        })}
      </Stack>
    </section>
  );
}
