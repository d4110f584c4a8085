// Settings → Profile: display name, username, bio, location, time zone (the browser's list of
// IANA zones) and up to five links. The farm checks every field; its message is shown as is.

import { useState, type FormEvent } from 'react';
import { messageOf } from '../api/errors';
import { getMyProfile, updateMyProfile, type MyProfile } from '../api/profile';
import { ErrorMessage } from '../components/ErrorMessage';
import { useAsync } from '../lib/useAsync';
import { AvatarUpload } from './AvatarUpload';

/** IANA zones the browser knows (every current engine has `supportedValuesOf`). */
function timeZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes(current) ? zones : [current, ...zones];
}

function ProfileForm({ profile }: { profile: MyProfile }) {
  const [username, setUsername] = useState(profile.username);
  const [displayName, setDisplayName] = useState(profile.display_name ?? '');
  const [bio, setBio] = useState(profile.bio ?? '');
  const [location, setLocation] = useState(profile.location ?? '');
  const [timeZone, setTimeZone] = useState(profile.time_zone);
  const [links, setLinks] = useState(profile.links.join('\n'));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    const edit = {
      username: username.trim(),
      display_name: displayName,
      bio,
      location,
      time_zone: timeZone,
      links: links
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    };
    updateMyProfile(edit).then(
      () => setSaved(true),
      (err) => setError(messageOf(err)),
    );
  };

  return (
    <form className="profile-form" onSubmit={onSubmit} data-testid="profile-form">
      <AvatarUpload current={profile.avatar_url} />
      <label className="field">
        <span className="field-label">Display name</span>
        <input data-testid="profile-display-name" value={displayName} maxLength={60} onChange={(e) => setDisplayName(e.target.value)} />
      </label>
      <label className="field">
        <span className="field-label">Username (3–30 letters, digits, _ or -)</span>
        <input data-testid="profile-username" value={username} required onChange={(e) => setUsername(e.target.value)} />
      </label>
      <label className="field">
        <span className="field-label">Bio</span>
        <textarea data-testid="profile-bio" value={bio} maxLength={500} rows={3} onChange={(e) => setBio(e.target.value)} />
      </label>
      <label className="field">
        <span className="field-label">Location</span>
        <input data-testid="profile-location" value={location} maxLength={100} onChange={(e) => setLocation(e.target.value)} />
      </label>
      <label className="field">
        <span className="field-label">Time zone (streaks and the calendar count your days in it)</span>
        <select data-testid="profile-time-zone" value={timeZone} onChange={(e) => setTimeZone(e.target.value)}>
          {timeZones(profile.time_zone).map((z) => (
            <option key={z}>{z}</option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">Links (one per line, http or https, up to five)</span>
        <textarea data-testid="profile-links" value={links} rows={3} onChange={(e) => setLinks(e.target.value)} />
      </label>
      <ErrorMessage message={error} testId="profile-error" />
      {saved && (
        <p className="muted" data-testid="profile-saved">
          Saved.
        </p>
      )}
      <button type="submit" className="btn btn-primary" data-testid="profile-save">
        Save profile
      </button>
    </form>
  );
}

export function ProfileSettings() {
  const state = useAsync(getMyProfile, []);
  return (
    <section className="settings-section" data-testid="profile-settings">
      <h2>Profile</h2>
      {state.status === 'loading' && <p className="muted">Loading…</p>}
      {state.status === 'failed' && <ErrorMessage message={state.error} />}
      {state.status === 'done' && <ProfileForm profile={state.data} />}
    </section>
  );
}
