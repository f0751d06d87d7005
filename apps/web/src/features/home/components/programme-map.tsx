import type { Authority } from '@eshkol/contracts/authorities';
import type { Cluster } from '@eshkol/contracts/clusters';
import type { Boundaries } from '@eshkol/contracts/map';
import { useMemo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { clusterColors, noClusterColor } from '../../../lib/cluster-colors';
import { useNames } from '../../../lib/names';
import { fitProjection, pathOf, ringsOf, type LonLat } from './map-geometry';
import classes from './programme-map.module.css';

type Props = { boundaries: Boundaries; authorities: Authority[]; clusters: Cluster[] };

type Located = Authority & { lat: number; lon: number };
const isLocated = (a: Authority): a is Located => a.lat !== null && a.lon !== null;

/**
 * Jurisdictions coloured by cluster, and a marker per authority with a location. The drawing is one
 * image for assistive technology; a transparent copy of every shape on top links to the authority's
 * page for pointer users (keyboard users get the table link beside the map).
 */
export function ProgrammeMap({ boundaries, authorities, clusters }: Props) {
  const { t } = useTranslation('home');
  const names = useNames();
  const navigate = useNavigate();
  const colors = useMemo(() => clusterColors(clusters.map((c) => c.slug)), [clusters]);
  const byId = useMemo(() => new Map(authorities.map((a) => [a.id, a])), [authorities]);
  const located = useMemo(() => authorities.filter(isLocated), [authorities]);

  const projection = useMemo(() => {
    const points: LonLat[] = boundaries.features.flatMap((f) => ringsOf(f.geometry).flat());
    for (const a of located) points.push([a.lon, a.lat]);
    return fitProjection(points);
  }, [boundaries, located]);

  const colorOf = (a: Authority | undefined) => (a?.currentCluster ? (colors.get(a.currentCluster.slug) ?? noClusterColor) : noClusterColor);
  const titleOf = (a: Authority | undefined, id: string) => {
    if (!a) return id;
    const cluster = a.currentCluster ? names.cluster(a.currentCluster) : t('map.noCluster');
    return `${names.authority(a)} — ${cluster}`;
  };

  const shapes = boundaries.features.map((f, i) => {
    const a = byId.get(f.properties.authorityId);
    return { key: `${f.properties.authorityId}-${i}`, id: f.properties.authorityId, d: pathOf(f.geometry, projection), a };
  });
  const markers = located.map((a) => {
    const [x, y] = projection.project([a.lon, a.lat]);
    return { a, x, y };
  });

  const follow = (event: MouseEvent<Element>, id: string) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void navigate(`/authorities/${id}`);
  };
  const viewBox = `0 0 ${projection.width} ${Math.ceil(projection.height)}`;
  // As the home figures count them: members of active clusters; those of a cluster still being
  // established are told apart.
  const active = new Set(clusters.filter((c) => c.status === 'active').map((c) => c.slug));
  const inCluster = authorities.filter((a) => a.currentCluster);
  const memberCount = inCluster.filter((a) => active.has(a.currentCluster!.slug)).length;
  const establishingCount = inCluster.length - memberCount;

  return (
    <div className={classes.frame} dir="ltr" data-testid="programme-map">
      <svg
        className={classes.drawing}
        viewBox={viewBox}
        role="img"
        aria-label={[
          t('map.ariaLabel', { shapes: new Set(shapes.map((s) => s.id)).size, markers: markers.length, members: memberCount }),
          establishingCount > 0 ? t('map.ariaEstablishing', { count: establishingCount }) : '',
        ].join(' ').trim()}
      >
        <g>
          {shapes.map((s) => (
            <path key={s.key} d={s.d} fill={colorOf(s.a)} fillOpacity={0.45} stroke={colorOf(s.a)} strokeWidth={0.6} fillRule="evenodd" />
          ))}
        </g>
        <g>
          {markers.map(({ a, x, y }) =>
            a.locationDerived ? (
              <circle key={a.id} cx={x} cy={y} r={3.6} fill="#fff" stroke={colorOf(a)} strokeWidth={1.4} strokeDasharray="2 1.2" />
            ) : (
              <circle key={a.id} cx={x} cy={y} r={3.2} fill={colorOf(a)} stroke="#fff" strokeWidth={0.8} />
            ),
          )}
        </g>
      </svg>
      <svg className={classes.links} viewBox={viewBox} aria-hidden="true" focusable="false">
        {shapes.map((s) => (
          <a key={s.key} href={`/authorities/${s.id}`} tabIndex={-1} onClick={(e) => follow(e, s.id)} data-authority-id={s.id}>
            <title>{titleOf(s.a, s.id)}</title>
            <path d={s.d} fill="transparent" stroke="transparent" fillRule="evenodd" />
          </a>
        ))}
        {markers.map(({ a, x, y }) => (
          <a key={a.id} href={`/authorities/${a.id}`} tabIndex={-1} onClick={(e) => follow(e, a.id)} data-authority-id={a.id}>
            <title>{`${titleOf(a, a.id)}${a.locationDerived ? ` (${t('map.derivedCentre')})` : ''}`}</title>
            <circle cx={x} cy={y} r={4.5} fill="transparent" stroke="transparent" />
          </a>
        ))}
      </svg>
    </div>
  );
}
