import { useParams } from 'react-router';
import { AuthorityPage } from '../../features/authorities/routes/authority-page';
import { AuthorityDomainsSection } from '../../features/participation/components/authority-domains-section';
import { AuthorityStandingSection } from '../../features/standing/components/authority-standing-section';

/** The authority page, with its domains (and the form to change them for its own representative) and the powers it delegates to its cluster. */
export function AuthorityRoute() {
  const { id = '' } = useParams();
  return (
    <AuthorityPage
      id={id}
      domains={
        <>
          <AuthorityDomainsSection authorityId={id} />
          <AuthorityStandingSection authorityId={id} />
        </>
      }
    />
  );
}
