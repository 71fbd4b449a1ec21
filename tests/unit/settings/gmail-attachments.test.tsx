// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageContext } from '../../../components/i18n';
import { GmailAttachments } from '../../../components/settings/GmailAttachments';
import type { AttachmentAccess } from '../../../core/platform/gmail-attachments';

afterEach(cleanup);

/** A browser whose answer to the request is `answer`; grants made elsewhere go through `grant`. */
function browserGrant(answer: boolean) {
  let granted = false;
  const calls: string[] = [];
  const listeners = new Set<() => void>();
  const access: AttachmentAccess = {
    granted: async () => granted,
    request: async () => {
      calls.push('request');
      granted = answer;
      return answer;
    },
    remove: async () => {
      calls.push('remove');
      granted = false;
      return true;
    },
    watch: (fn) => {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
  const grantElsewhere = () => {
    granted = true;
    for (const fn of listeners) fn();
  };
  return { access, calls, grantElsewhere, listeners };
}

function show(access: AttachmentAccess, lang: 'fr' | 'en' = 'fr') {
  return render(
    <LanguageContext.Provider value={lang}>
      <GmailAttachments access={access} />
    </LanguageContext.Provider>,
  );
}

const state = () => screen.getByTestId('gmail-attachments-state').textContent;

describe('the Gmail attachments section', () => {
  it('asks from the click; granted, it says so and offers to take it back', async () => {
    const { access, calls } = browserGrant(true);
    show(access);
    await screen.findByText('Non autorisé : la carte reprend les valeurs de l’e-mail.');
    fireEvent.click(screen.getByRole('button', { name: 'Autoriser la lecture des pièces jointes' }));
    await waitFor(() => expect(state()).toBe('Autorisé : les PDF joints sont lus sur votre ordinateur.'));
    fireEvent.click(screen.getByRole('button', { name: 'Retirer l’autorisation' }));
    await waitFor(() => expect(state()).toBe('Non autorisé : la carte reprend les valeurs de l’e-mail.'));
    expect(calls).toEqual(['request', 'remove']);
  });

  it('refused by the browser: says nothing changed, and the button asks again', async () => {
    const { access, calls } = browserGrant(false);
    show(access, 'en');
    await screen.findByText('Not allowed: the card uses the email’s values.');
    fireEvent.click(screen.getByRole('button', { name: 'Allow reading attachments' }));
    await waitFor(() =>
      expect(state()).toBe(
        'Not allowed: the card uses the email’s values. The browser did not grant access: nothing changed.',
      ),
    );
    expect(screen.getByRole('button', { name: 'Allow reading attachments' })).toHaveProperty(
      'disabled',
      false,
    );
    expect(calls).toEqual(['request']);
  });

  it('follows a grant made in the browser’s own settings, and stops listening when gone', async () => {
    const { access, grantElsewhere, listeners } = browserGrant(false);
    const { unmount } = show(access);
    await screen.findByText('Non autorisé : la carte reprend les valeurs de l’e-mail.');
    grantElsewhere();
    await waitFor(() => expect(state()).toBe('Autorisé : les PDF joints sont lus sur votre ordinateur.'));
    unmount();
    expect(listeners.size).toBe(0);
  });
});
