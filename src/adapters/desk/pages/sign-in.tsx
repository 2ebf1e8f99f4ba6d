import type { FC } from "hono/jsx";
import { type Flash, Page } from "../layout.js";
import { CSRF_FIELD } from "../session.js";

/** Enter an API key once; the server answers with a session cookie. The key is never stored by the page. */
export const SignInPage: FC<{ token: string; next: string; flash: Flash | null }> = ({
  token,
  next,
  flash,
}) => (
  <Page title="Sign in" session={null} flash={flash}>
    <div class="signin panel">
      <h1>Sign in</h1>
      <p class="lede">
        Enter your API key. The desk keeps a signed session cookie for 8 hours; the key itself is not stored
        in the browser.
      </p>
      <form method="post" action="/desk/sign-in" class="stack">
        <input type="hidden" name={CSRF_FIELD} value={token} />
        <input type="hidden" name="next" value={next} />
        <div>
          <label for="key">API key</label>
          <input
            type="password"
            id="key"
            name="key"
            required
            autocomplete="current-password"
            spellcheck={false}
            maxlength={512}
            autofocus
          />
        </div>
        <div>
          <button type="submit">Sign in</button>
        </div>
      </form>
    </div>
  </Page>
);
