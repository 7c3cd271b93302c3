/**
 * `/eservices` as the e-service domain (src/domain/eservices/) reads it. When the city sends per-service
 * rows, the district totals are their sums and `usage` is not read, so a service list and a district map of
 * the same period cannot disagree (docs/api.md, `GET /eservices`).
 */
import type { OnlineShareTarget } from '../domain/eservices/district-shares';
import type { RolloutInput } from '../domain/eservices/rollout';
import { districtUsageOf, type DistrictUsage, type ServiceUsage } from '../domain/eservices/usage';
import type { EServices } from './schemas';

export interface EServiceData {
  catalogue: EServices['catalogue'];
  /** Transactions by service, district and month; null when the city sends none. */
  serviceUsage: ServiceUsage[] | null;
  /** Transactions by district and month. */
  districtUsage: DistrictUsage[];
  onlineShareTarget: OnlineShareTarget | null;
  /** The city's own self-service deadline, or null (the domain then takes the latest district target). */
  selfServiceDeadline: string | null;
  rollout: RolloutInput[];
}

/** The parsed body in the domain's terms. */
export function readEServices(body: EServices): EServiceData {
  const serviceUsage =
    body.usage_by_service?.map((row) => ({
      month: row.month,
      districtId: row.district_id,
      serviceId: row.service_id,
      online: row.online,
      inPerson: row.in_person,
    })) ?? null;
  const target = body.online_share_target;
  return {
    catalogue: body.catalogue,
    serviceUsage,
    districtUsage: serviceUsage
      ? districtUsageOf(serviceUsage)
      : body.usage.map((row) => ({
          month: row.month,
          districtId: row.district_id,
          online: row.online,
          inPerson: row.in_person,
        })),
    onlineShareTarget: target ? { share: target.share, targetDate: target.target_date ?? null } : null,
    selfServiceDeadline: body.self_service_deadline ?? null,
    rollout: body.self_service_rollout.map((row) => ({
      districtId: row.district_id,
      status: row.status,
      launchedAt: row.launched_at,
      targetDate: row.target_date,
    })),
  };
}
