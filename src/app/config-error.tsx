import { translate } from '../i18n/translate';

/** config.json could not be used: say so in both languages, since the configured language is unknown. */
export function ConfigError({ error }: { error: Error }) {
  return (
    <div className="app" data-testid="app" data-state="error">
      <div className="status-notice status-notice--error" role="alert" data-testid="api-error">
        <p lang="fa" dir="rtl">
          {translate('fa', 'error.config', { message: error.message })}
        </p>
        <p lang="en" dir="ltr">
          {translate('en', 'error.config', { message: error.message })}
        </p>
      </div>
    </div>
  );
}
