import './style.css';
import { SentReview } from '../../components/gmail/SentReview';
import { mountPage } from '../../components/mount';
import { readReviewHash } from '../../core/app/gmail-bulk-review';
import { extensionUrl, send, uiLanguage } from '../../core/platform';

// The Sent-list review (issue #19): the background opens it with the rows in the address.
const review = readReviewHash(location.hash);
mountPage(document.getElementById('app')!, review?.pageLang ?? uiLanguage(), (db) => (
  <SentReview db={db} send={send} review={review} dashboardUrl={extensionUrl('/dashboard.html')} />
));
