package org.zonehub.platform.persistence;

/** Receives the generated id of an inserted row ({@code useGeneratedKeys="true" keyProperty="key.id"}). */
public final class GeneratedId {

	private Long id;

	public Long getId() {
		return id;
	}

	public void setId(Long id) {
		this.id = id;
	}

}
