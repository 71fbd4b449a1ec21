import { render } from 'preact';

render(<p>Échéance</p>, document.getElementById('app') as HTMLElement);
