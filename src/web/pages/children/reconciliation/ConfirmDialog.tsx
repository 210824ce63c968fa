import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../app/error-text';

/** Ask before a merge, a "not the same", a split or an undo: the action happens only on confirm. */
export function ConfirmDialog({
  title,
  explain,
  confirm,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  title: string;
  explain: string;
  confirm: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      centered
      closeButtonProps={{ 'aria-label': t('common.cancel') }}
    >
      <Stack>
        <Text size="sm">{explain}</Text>
        {error !== null && error !== undefined && (
          <Alert color="red" role="alert">
            {errorText(error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={onConfirm} loading={pending} data-autofocus>
            {confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
