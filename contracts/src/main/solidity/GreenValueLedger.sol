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
/// ids for lots and retirements make every write idempotent under retry (a repeat is refused).
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

    struct Retirement {
        bytes32 lotId;
        uint256 quantity;
        uint64 retiredAt;
        string beneficiary;
        string purpose;
    }

    mapping(bytes32 lotId => Lot) private lots;
    mapping(bytes32 credentialDigest => bytes32 lotId) private lotIdsByCredential;
    mapping(bytes32 projectId => bytes32[] lotIds) private lotIdsByProject;
    mapping(bytes32 lotId => mapping(bytes32 productBatchId => uint256)) private allocations;
    mapping(bytes32 retirementId => Retirement) private retirements;

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
    event Allocated(bytes32 indexed lotId, bytes32 indexed productBatchId, uint256 quantity);
    event Retired(
        bytes32 indexed lotId, bytes32 indexed retirementId, uint256 quantity, string beneficiary, string purpose
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

    /// @notice Allocates `quantity` grams of a lot to a product batch (mass balance).
    function allocate(bytes32 lotId, bytes32 productBatchId, uint256 quantity) external onlyRole(REGISTRAR_ROLE) {
        if (productBatchId == bytes32(0)) revert ZeroProductBatch();
        if (quantity == 0) revert ZeroQuantity();
        Lot storage lot = _spend(lotId, quantity);
        lot.allocated += quantity;
        allocations[lotId][productBatchId] += quantity;
        emit Allocated(lotId, productBatchId, quantity);
    }

    /// @notice Retires `quantity` grams of a lot for a named beneficiary and purpose, once per id.
    function retire(
        bytes32 lotId,
        bytes32 retirementId,
        uint256 quantity,
        string calldata beneficiary,
        string calldata purpose
    ) external onlyRole(REGISTRAR_ROLE) {
        if (quantity == 0) revert ZeroQuantity();
        if (bytes(beneficiary).length == 0) revert EmptyBeneficiary();
        if (retirements[retirementId].quantity != 0) revert RetirementExists(retirementId);
        Lot storage lot = _spend(lotId, quantity);
        lot.retired += quantity;
        retirements[retirementId] = Retirement(lotId, quantity, uint64(block.timestamp), beneficiary, purpose);
        emit Retired(lotId, retirementId, quantity, beneficiary, purpose);
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

    function getRetirement(bytes32 retirementId)
        external
        view
        returns (bytes32 lotId, uint256 quantity, uint64 retiredAt, string memory beneficiary, string memory purpose)
    {
        Retirement storage r = retirements[retirementId];
        return (r.lotId, r.quantity, r.retiredAt, r.beneficiary, r.purpose);
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
