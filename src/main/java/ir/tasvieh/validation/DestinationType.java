package ir.tasvieh.validation;

/** Where a payout goes. */
public enum DestinationType {

	SHEBA, CARD

}
