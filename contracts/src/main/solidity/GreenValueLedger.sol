// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title GreenValueLedger
/// @notice Green-value lots minted from assured ΔCO2 credentials, in integer grams CO2e.
/// @dev Transfer model: child lots. Transferring part of a lot creates a new lot (with a
/// caller-chosen id) owned by the recipient, whose parent is the source lot; the source lot's
/// `transferred` grows by the same amount. Every lot keeps
/// allocated + retired + transferred <= quantity, so the grams of one credential can never be
/// used twice, and provenance is a chain of parent lots back to the minted one. Caller-chosen
/// ids for lots, allocations, claims and retirements make every write idempotent under retry (a
/// repeat is refused). An allocation (mass balance: part of a lot for a product batch, a site and a
/// period) is backed by the lot's `allocated`; downstream credentials claim it (claimed <= quantity)
/// and it is retired at the end of the chain (retired <= quantity).
contract GreenValueLedger is AccessControl {
    bytes32 public constant REGISTRAR_ROLE = keccak256("REGISTRAR_ROLE");

    struct Lot {
        bytes32 credentialDigest;
        bytes32 projectId;
        bytes32 parentLotId;
        bytes32 owner;
        uint64 periodStart;
        uint64 periodEnd;
        uint256 quantity;
        uint256 allocated;
        uint256 retired;
        uint256 transferred;
    }

    struct Allocation {
        bytes32 lotId;
        bytes32 productBatchId;
        uint256 quantity;
        uint256 claimed;
        uint256 retired;
    }

    /// @dev `allocationId` is zero for the retirement of a lot.
    struct Retirement {
        bytes32 lotId;
        bytes32 allocationId;
        uint256 quantity;
        uint64 retiredAt;
        uint8 reason;
        uint64 claimStart;
        uint64 claimEnd;
        string beneficiary;
        string purpose;
    }

    /// @notice What a retirement is for: reason code (0 OFFSET, 1 INVENTORY_ACCOUNTING,
    /// 2 INCENTIVE_PROGRAMME, 3 GREEN_FINANCE), beneficiary, purpose and the claim period.
    struct RetirementTerms {
        string beneficiary;
        string purpose;
        uint8 reason;
        uint64 claimStart;
        uint64 claimEnd;
    }

    /// @notice One item of a bulk retirement: of a lot, or (`allocation` true) of an allocation.
    struct RetirementItem {
        bool allocation;
        bytes32 target;
        bytes32 retirementId;
        uint256 quantity;
    }

    uint8 public constant REASON_COUNT = 4;

    mapping(bytes32 lotId => Lot) private lots;
    mapping(bytes32 credentialDigest => bytes32 lotId) private lotIdsByCredential;
    mapping(bytes32 projectId => bytes32[] lotIds) private lotIdsByProject;
    mapping(bytes32 lotId => mapping(bytes32 productBatchId => uint256)) private allocations;
    mapping(bytes32 retirementId => Retirement) private retirements;
    mapping(bytes32 allocationId => Allocation) private allocationsById;
    mapping(bytes32 allocationId => mapping(bytes32 claimId => uint256)) private claims;

    event Minted(
        bytes32 indexed lotId,
        bytes32 indexed credentialDigest,
        bytes32 indexed projectId,
        bytes32 owner,
        uint64 periodStart,
        uint64 periodEnd,
        uint256 quantity
    );
    event Transferred(bytes32 indexed lotId, bytes32 indexed childLotId, bytes32 indexed to, uint256 quantity);
    event Allocated(
        bytes32 indexed lotId,
        bytes32 indexed allocationId,
        bytes32 indexed productBatchId,
        bytes32 siteId,
        uint64 periodStart,
        uint64 periodEnd,
        uint256 quantity
    );
    event Claimed(bytes32 indexed allocationId, bytes32 indexed claimId, uint256 quantity);
    event Retired(
        bytes32 indexed lotId,
        bytes32 indexed retirementId,
        bytes32 indexed allocationId,
        uint256 quantity,
        uint8 reason,
        uint64 claimStart,
        uint64 claimEnd,
        string beneficiary,
        string purpose
    );

    error ZeroLotId();
    error ZeroOwner();
    error ZeroQuantity();
    error ZeroCredentialDigest();
    error InvalidPeriod(uint64 periodStart, uint64 periodEnd);
    error LotExists(bytes32 lotId);
    error UnknownLot(bytes32 lotId);
    error CredentialAlreadyMinted(bytes32 credentialDigest, bytes32 lotId);
    error PeriodOverlap(bytes32 projectId, bytes32 lotId, uint64 periodStart, uint64 periodEnd);
    error InsufficientQuantity(uint256 available, uint256 requested);
    error RetirementExists(bytes32 retirementId);
    error EmptyBeneficiary();
    error ZeroProductBatch();
    error ZeroAllocationId();
    error ZeroClaimId();
    error AllocationExists(bytes32 allocationId);
    error UnknownAllocation(bytes32 allocationId);
    error ClaimExists(bytes32 allocationId, bytes32 claimId);
    error InvalidReason(uint8 reason);
    error EmptyRetirement();

    constructor(address admin) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(REGISTRAR_ROLE, admin);
    }

    /// @notice Mints a lot for the monitoring period [periodStart, periodEnd) of a project.
    function mint(
        bytes32 lotId,
        bytes32 credentialDigest,
        bytes32 projectId,
        uint64 periodStart,
        uint64 periodEnd,
        uint256 quantity,
        bytes32 owner
    ) external onlyRole(REGISTRAR_ROLE) {
        _requireNewLot(lotId, owner, quantity);
        if (credentialDigest == bytes32(0)) revert ZeroCredentialDigest();
        if (periodEnd <= periodStart) revert InvalidPeriod(periodStart, periodEnd);
        bytes32 minted = lotIdsByCredential[credentialDigest];
        if (minted != bytes32(0)) revert CredentialAlreadyMinted(credentialDigest, minted);
        bytes32[] storage projectLots = lotIdsByProject[projectId];
        for (uint256 i = 0; i < projectLots.length; i++) {
            Lot storage other = lots[projectLots[i]];
            if (periodStart < other.periodEnd && other.periodStart < periodEnd) {
                revert PeriodOverlap(projectId, projectLots[i], other.periodStart, other.periodEnd);
            }
        }
        lots[lotId] = Lot(credentialDigest, projectId, bytes32(0), owner, periodStart, periodEnd, quantity, 0, 0, 0);
        lotIdsByCredential[credentialDigest] = lotId;
        projectLots.push(lotId);
        emit Minted(lotId, credentialDigest, projectId, owner, periodStart, periodEnd, quantity);
    }

    /// @notice Moves `quantity` grams of a lot to a new child lot owned by `to`.
    function transfer(bytes32 lotId, bytes32 childLotId, bytes32 to, uint256 quantity)
        external
        onlyRole(REGISTRAR_ROLE)
    {
        _requireNewLot(childLotId, to, quantity);
        Lot storage lot = _spend(lotId, quantity);
        lot.transferred += quantity;
        lots[childLotId] =
            Lot(lot.credentialDigest, lot.projectId, lotId, to, lot.periodStart, lot.periodEnd, quantity, 0, 0, 0);
        emit Transferred(lotId, childLotId, to, quantity);
    }

    /// @notice Allocates `quantity` grams of a lot to a product batch of a site for [periodStart,
    /// periodEnd) (mass balance), as the allocation `allocationId`.
    function allocate(
        bytes32 lotId,
        bytes32 allocationId,
        bytes32 productBatchId,
        bytes32 siteId,
        uint64 periodStart,
        uint64 periodEnd,
        uint256 quantity
    ) external onlyRole(REGISTRAR_ROLE) {
        if (allocationId == bytes32(0)) revert ZeroAllocationId();
        if (productBatchId == bytes32(0)) revert ZeroProductBatch();
        if (quantity == 0) revert ZeroQuantity();
        if (periodEnd <= periodStart) revert InvalidPeriod(periodStart, periodEnd);
        if (allocationsById[allocationId].quantity != 0) revert AllocationExists(allocationId);
        Lot storage lot = _spend(lotId, quantity);
        lot.allocated += quantity;
        allocations[lotId][productBatchId] += quantity;
        allocationsById[allocationId] = Allocation(lotId, productBatchId, quantity, 0, 0);
        emit Allocated(lotId, allocationId, productBatchId, siteId, periodStart, periodEnd, quantity);
    }

    /// @notice Records that the downstream credential `claimId` relies on `quantity` grams of an
    /// allocation; the claims on one allocation never exceed its quantity, and each id claims once.
    function claim(bytes32 allocationId, bytes32 claimId, uint256 quantity) external onlyRole(REGISTRAR_ROLE) {
        if (claimId == bytes32(0)) revert ZeroClaimId();
        if (quantity == 0) revert ZeroQuantity();
        Allocation storage a = _allocation(allocationId);
        if (claims[allocationId][claimId] != 0) revert ClaimExists(allocationId, claimId);
        uint256 free = a.quantity - a.claimed;
        if (quantity > free) revert InsufficientQuantity(free, quantity);
        a.claimed += quantity;
        claims[allocationId][claimId] = quantity;
        emit Claimed(allocationId, claimId, quantity);
    }

    /// @notice Retires `quantity` grams of a lot, once per id.
    function retire(bytes32 lotId, bytes32 retirementId, uint256 quantity, RetirementTerms calldata terms)
        external
        onlyRole(REGISTRAR_ROLE)
    {
        _requireTerms(terms);
        _retireLot(lotId, retirementId, quantity, terms);
    }

    /// @notice Retires `quantity` grams of an allocation (the end of the chain), once per id.
    function retireAllocation(
        bytes32 allocationId,
        bytes32 retirementId,
        uint256 quantity,
        RetirementTerms calldata terms
    ) external onlyRole(REGISTRAR_ROLE) {
        _requireTerms(terms);
        _retireAllocation(allocationId, retirementId, quantity, terms);
    }

    /// @notice Retires every item for the same terms, all or none.
    function retireMany(RetirementItem[] calldata items, RetirementTerms calldata terms)
        external
        onlyRole(REGISTRAR_ROLE)
    {
        if (items.length == 0) revert EmptyRetirement();
        _requireTerms(terms);
        for (uint256 i = 0; i < items.length; i++) {
            RetirementItem calldata item = items[i];
            if (item.allocation) {
                _retireAllocation(item.target, item.retirementId, item.quantity, terms);
            } else {
                _retireLot(item.target, item.retirementId, item.quantity, terms);
            }
        }
    }

    function getAllocation(bytes32 allocationId) external view returns (Allocation memory) {
        return allocationsById[allocationId];
    }

    /// @notice The grams the credential `claimId` claimed of an allocation; zero when none.
    function claimOf(bytes32 allocationId, bytes32 claimId) external view returns (uint256) {
        return claims[allocationId][claimId];
    }

    /// @notice The lot with this id; all fields zero when there is none.
    function getLot(bytes32 lotId) external view returns (Lot memory) {
        return lots[lotId];
    }

    function available(bytes32 lotId) public view returns (uint256) {
        Lot storage lot = lots[lotId];
        return lot.quantity - lot.allocated - lot.retired - lot.transferred;
    }

    /// @notice The lot minted from this credential; zero when none was.
    function lotIdOfCredential(bytes32 credentialDigest) external view returns (bytes32) {
        return lotIdsByCredential[credentialDigest];
    }

    function allocatedTo(bytes32 lotId, bytes32 productBatchId) external view returns (uint256) {
        return allocations[lotId][productBatchId];
    }

    function getRetirement(bytes32 retirementId) external view returns (Retirement memory) {
        return retirements[retirementId];
    }

    function _requireTerms(RetirementTerms calldata terms) private pure {
        if (bytes(terms.beneficiary).length == 0) revert EmptyBeneficiary();
        if (terms.reason >= REASON_COUNT) revert InvalidReason(terms.reason);
        if (terms.claimEnd <= terms.claimStart) revert InvalidPeriod(terms.claimStart, terms.claimEnd);
    }

    function _retireLot(bytes32 lotId, bytes32 retirementId, uint256 quantity, RetirementTerms calldata terms)
        private
    {
        _requireNewRetirement(retirementId, quantity);
        Lot storage lot = _spend(lotId, quantity);
        lot.retired += quantity;
        _record(lotId, bytes32(0), retirementId, quantity, terms);
    }

    function _retireAllocation(
        bytes32 allocationId,
        bytes32 retirementId,
        uint256 quantity,
        RetirementTerms calldata terms
    ) private {
        _requireNewRetirement(retirementId, quantity);
        Allocation storage a = _allocation(allocationId);
        uint256 free = a.quantity - a.retired;
        if (quantity > free) revert InsufficientQuantity(free, quantity);
        a.retired += quantity;
        _record(a.lotId, allocationId, retirementId, quantity, terms);
    }

    function _requireNewRetirement(bytes32 retirementId, uint256 quantity) private view {
        if (quantity == 0) revert ZeroQuantity();
        if (retirements[retirementId].quantity != 0) revert RetirementExists(retirementId);
    }

    function _record(
        bytes32 lotId,
        bytes32 allocationId,
        bytes32 retirementId,
        uint256 quantity,
        RetirementTerms calldata terms
    ) private {
        retirements[retirementId] = Retirement(
            lotId,
            allocationId,
            quantity,
            uint64(block.timestamp),
            terms.reason,
            terms.claimStart,
            terms.claimEnd,
            terms.beneficiary,
            terms.purpose
        );
        emit Retired(
            lotId,
            retirementId,
            allocationId,
            quantity,
            terms.reason,
            terms.claimStart,
            terms.claimEnd,
            terms.beneficiary,
            terms.purpose
        );
    }

    function _allocation(bytes32 allocationId) private view returns (Allocation storage a) {
        a = allocationsById[allocationId];
        if (a.quantity == 0) revert UnknownAllocation(allocationId);
    }

    function _requireNewLot(bytes32 lotId, bytes32 owner, uint256 quantity) private view {
        if (lotId == bytes32(0)) revert ZeroLotId();
        if (owner == bytes32(0)) revert ZeroOwner();
        if (quantity == 0) revert ZeroQuantity();
        if (lots[lotId].quantity != 0) revert LotExists(lotId);
    }

    function _spend(bytes32 lotId, uint256 quantity) private view returns (Lot storage lot) {
        lot = lots[lotId];
        if (lot.quantity == 0) revert UnknownLot(lotId);
        uint256 free = lot.quantity - lot.allocated - lot.retired - lot.transferred;
        if (quantity > free) revert InsufficientQuantity(free, quantity);
    }
}
