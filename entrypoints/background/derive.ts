// The Gmail use cases (gmail*.ts) still import the deriver from here; it lives in core/app.
export { deriveState } from '../../core/app/derive';
