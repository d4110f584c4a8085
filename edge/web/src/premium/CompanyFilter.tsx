// The problem list's company filter: premium members pick a company from the companies list;
// everyone else sees a locked control that links to the pricing page. Company names are never
// fetched for someone who is not premium (the server would refuse them anyway).

import { useEffect, useState } from 'react';
import { hasPremium, listCompanies, type CompanyCount } from '../api/premium';
import { Link } from '../router/router';
import { PremiumLock } from './PremiumLock';
import './premium.css';

interface Props {
  role: string | undefined;
  chosen: string[];
  onChange: (companies: string[]) => void;
}

export function CompanyFilter({ role, chosen, onChange }: Props) {
  const premium = hasPremium(role);
  const [companies, setCompanies] = useState<CompanyCount[] | null>(null);
  useEffect(() => {
    if (!premium) return;
    const controller = new AbortController();
    listCompanies(controller.signal)
      .then(setCompanies)
      // A refusal (a plan that ended since the token was minted) leaves the filter empty.
      .catch(() => setCompanies([]));
    return () => controller.abort();
  }, [premium]);

  if (!premium) {
    return (
      <Link to="/pricing" className="filter-select company-filter-upsell" data-testid="company-filter-locked" title="Filtering by company is for premium members">
        Companies <PremiumLock />
      </Link>
    );
  }
  return (
    <>
      <label className="visually-hidden" htmlFor="company-filter">
        Company
      </label>
      <select
        id="company-filter"
        className={chosen.length ? 'filter-select active' : 'filter-select'}
        data-testid="company-filter"
        value={chosen[0] ?? ''}
        onChange={(e) => onChange(e.target.value ? [e.target.value] : [])}
      >
        <option value="">Company</option>
        {companies?.map((c) => (
          <option key={c.slug} value={c.slug}>
            {c.name} ({c.problems})
          </option>
        ))}
      </select>
    </>
  );
}
