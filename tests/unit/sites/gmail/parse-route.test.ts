import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../../../core/sites/gmail/parse-route';

describe('parseRoute', () => {
  it.each([
    ['', { kind: 'thread-list', folder: 'inbox' }],
    ['#inbox', { kind: 'thread-list', folder: 'inbox' }],
    ['#sent', { kind: 'thread-list', folder: 'sent' }],
    ['#sent/p2', { kind: 'thread-list', folder: 'sent' }],
    ['#inbox?compose=new', { kind: 'thread-list', folder: 'inbox' }],
    [
      '#sent/FMfcgzQbgJPvWcKtQhLnRsDxBmZkFwTa',
      { kind: 'thread', folder: 'sent', threadHash: 'FMfcgzQbgJPvWcKtQhLnRsDxBmZkFwTa' },
    ],
    ['#inbox/18c1a2b3c4d5e6f1', { kind: 'thread', folder: 'inbox', threadHash: '18c1a2b3c4d5e6f1' }],
    [
      '#inbox/18c1a2b3c4d5e6f1?compose=new',
      { kind: 'thread', folder: 'inbox', threadHash: '18c1a2b3c4d5e6f1' },
    ],
    [
      '#label/Clients/FMfcgzQbgJPvWcKtQhLnRsDxBmZkFwTa',
      { kind: 'thread', folder: 'label', threadHash: 'FMfcgzQbgJPvWcKtQhLnRsDxBmZkFwTa' },
    ],
    ['#search/facture', { kind: 'thread-list', folder: 'search' }],
    ['#settings/general', { kind: 'other' }],
    ['#inbox/short', { kind: 'other' }],
    ['#contacts', { kind: 'other' }],
  ])('%s', (hash, expected) => {
    expect(parseRoute(hash)).toEqual(expected);
  });
});
