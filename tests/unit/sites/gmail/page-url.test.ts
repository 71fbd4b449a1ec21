import { describe, expect, it } from 'vitest';
import { gmailAttachmentUrl } from '../../../../core/sites/gmail/attachment-url';
import { parseAccount } from '../../../../core/sites/gmail/parse-route';

describe('what the Gmail page’s URL says', () => {
  it('the account is the /mail/u/<n>/ index, 0 without one', () => {
    expect(parseAccount('/mail/u/0/')).toBe(0);
    expect(parseAccount('/mail/u/3/')).toBe(3);
    expect(parseAccount('/mail/')).toBe(0);
    expect(parseAccount('/mail/u/x/')).toBe(0);
  });

  it('an attachment link is made absolute against the page, and kept only when it is Gmail’s endpoint', () => {
    const page = 'https://mail.google.com/mail/u/1/#sent/FMfcgzQbgJPvWcKtQhLnRsDxBmZkFwTa';
    expect(gmailAttachmentUrl('?ui=2&ik=a&attid=0.1&view=att&disp=safe', page)).toBe(
      'https://mail.google.com/mail/u/1/?ui=2&ik=a&attid=0.1&view=att&disp=safe',
    );
    expect(gmailAttachmentUrl('https://evil.test/mail/u/0/?attid=0.1&view=att', page)).toBeNull();
    expect(gmailAttachmentUrl('javascript:alert(1)', page)).toBeNull();
    expect(gmailAttachmentUrl('http://[', page)).toBeNull();
    expect(gmailAttachmentUrl(null, page)).toBeNull();
  });
});
