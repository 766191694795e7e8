package org.zonehub.compliance;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The national baseline: not tenant data (no zone_id); only ministry changes it. */
@Mapper
interface BaselineMapper {

	List<BaselineVersion> versions();

	BaselineVersion findVersion(int versionNo);

	Long findVersionId(int versionNo);

	/** The version in force, or null before the first is published. */
	BaselineVersion findPublished();

	List<RequirementRow> requirements(long versionId);

	RequirementRow requirement(@Param("versionId") long versionId, @Param("code") String code);

	void insertVersion(@Param("versionNo") int versionNo, @Param("title") String title,
			@Param("createdBy") String createdBy, @Param("createdAt") Instant createdAt);

	void copyRequirements(@Param("fromVersionId") long fromVersionId, @Param("toVersionId") long toVersionId);

	void upsertRequirement(@Param("versionId") long versionId, @Param("code") String code,
			@Param("form") RequirementForm form, @Param("kinds") String kinds, @Param("modes") String modes);

	int deleteRequirement(@Param("versionId") long versionId, @Param("code") String code);

	/** Marks the version in force superseded (publishing a draft replaces it). */
	void supersedePublished();

	int publish(@Param("versionId") long versionId, @Param("publishedBy") String publishedBy,
			@Param("publishedAt") Instant publishedAt, @Param("expectedVersion") int expectedVersion);

}
