package nl.entree.directory.store;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The directory's tables, one Panache repository each. */
public final class Repositories {

    private Repositories() {
    }

    @ApplicationScoped
    public static class Organizations implements PanacheRepositoryBase<OrganizationEntity, UUID> {
        public List<OrganizationEntity> byName() {
            return list("order by name");
        }
    }

    @ApplicationScoped
    public static class Locations implements PanacheRepositoryBase<LocationEntity, UUID> {
        public List<LocationEntity> byName() {
            return list("order by name, id");
        }
    }

    @ApplicationScoped
    public static class Services implements PanacheRepositoryBase<ServiceEntity, UUID> {
        public List<ServiceEntity> byName() {
            return list("order by name, id");
        }

        /** Locked until the transaction ends: a second correction waits, then reads what the first stored. */
        public ServiceEntity findForChange(UUID id) {
            return findById(id, LockModeType.PESSIMISTIC_WRITE);
        }

        /** Each service's version as stored now, so that an import can go on counting where the service was. */
        public Map<UUID, Long> versions() {
            return getEntityManager().createQuery("select s.id, s.version from ServiceEntity s", Object[].class)
                    .getResultStream().collect(Collectors.toMap(r -> (UUID) r[0], r -> (Long) r[1]));
        }
    }

    @ApplicationScoped
    public static class ServiceAtLocations implements PanacheRepositoryBase<ServiceAtLocationEntity, UUID> {
        public List<ServiceAtLocationEntity> ofService(UUID serviceId) {
            return list("serviceId = ?1 order by id", serviceId);
        }

        public List<ServiceAtLocationEntity> all() {
            return list("order by serviceId, id");
        }

        /** Locked until the transaction ends: a second correction waits, then reads what the first stored. */
        public ServiceAtLocationEntity findForChange(UUID id) {
            return findById(id, LockModeType.PESSIMISTIC_WRITE);
        }

        /** Each centre's version as stored now, so that an import can go on counting where the centre was. */
        public Map<UUID, Long> versions() {
            return getEntityManager()
                    .createQuery("select s.id, s.version from ServiceAtLocationEntity s", Object[].class)
                    .getResultStream().collect(Collectors.toMap(r -> (UUID) r[0], r -> (Long) r[1]));
        }
    }

    @ApplicationScoped
    public static class History implements PanacheRepositoryBase<MetadataEntity, UUID> {
        public List<MetadataEntity> of(UUID resourceId) {
            return list("resourceId = ?1 order by lastActionDate, id", resourceId);
        }
    }

    @ApplicationScoped
    public static class Origins implements PanacheRepositoryBase<OriginEntity, Integer> {
    }
}
