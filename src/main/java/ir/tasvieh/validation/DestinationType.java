package ir.tasvieh.validation;

import org.springframework.modulith.NamedInterface;

/** Where a payout goes. */
@NamedInterface("findings")
public enum DestinationType {

	SHEBA, CARD

}
