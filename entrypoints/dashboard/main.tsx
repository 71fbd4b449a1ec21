import './style.css';
import { Dashboard } from '../../components/Dashboard';
import { mountPage } from '../../components/mount';
import { localDate } from '../../core/dates';
import { send, uiLanguage } from '../../core/platform';

function download(name: string, blob: Blob) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

mountPage(document.getElementById('app')!, uiLanguage(), (db) => (
  <Dashboard db={db} send={send} today={localDate(new Date())} download={download} />
));
